package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles agree with each other and with the code: every language has the same keys
 * (and the same placeholders), every key a view or a class names exists, and the quiz file readers
 * hold no English sentences. Each check is also run once on a small broken fixture, to show it can
 * fail.
 */
class BundleKeysTest {

  private static final Path RESOURCES = Path.of("src/main/resources");
  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path JAVA = Path.of("src/main/java");
  private static final Path QUIZ_FORMAT = JAVA.resolve("org/painwise/quiz/format");
  private static final Path FACES_CONFIG = WEBAPP.resolve("WEB-INF/faces-config.xml");

  /** The Faces bundle, which {@link BundleMessages} resolves OmniFaces' messages from. */
  private static final String MESSAGES = "i18n/messages";

  private static final String VALIDATION_MESSAGES = "ValidationMessages";

  /**
   * Keys under these prefixes are always formatted with {@link MessageFormat}, even without
   * arguments (see {@code quiz/view/ProblemText}), so their apostrophes and braces must be quoted.
   */
  private static final List<String> ALWAYS_FORMATTED =
      List.of("quiz_import.problem.", "educator_import.problem.");

  /** First segments of dotted string literals that are names of other things, not message keys. */
  private static final Set<String> NOT_KEYS =
      Set.of("painwise", "org", "jakarta", "java", "javax", "com", "net", "io", "hibernate");

  /** A string literal shaped like a {@code page.element.kind} key: three segments or more. */
  private static final Pattern KEY_SHAPE =
      Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\\.[A-Za-z][A-Za-z0-9_]*){2,}");

  /**
   * The message argument of an OmniFaces {@code Messages} call is a key, whatever its shape, since
   * {@link BundleMessages} resolves it: the first argument of {@code addGlobalInfo}, {@code
   * addFlashGlobalError}, {@code create}… and of {@code BundleMessages.text}; the second of {@code
   * addError}, {@code addFlashInfo}… (after the client id); the third of {@code add(severity,
   * clientId, key)}.
   */
  private static final Pattern MESSAGES_CALL =
      Pattern.compile(
          "\\b(?:Messages\\s*\\.\\s*(?:add(?:Flash)?Global(?:Info|Warn|Error|Fatal)"
              + "|create(?:Info|Warn|Error|Fatal)?|as(?:Converter|Validator)Exception"
              + "|throw(?:Converter|Validator)Exception)"
              + "|BundleMessages\\s*\\.\\s*text)\\s*\\(\\s*\"([^\"]*)\""
              + "|\\bMessages\\s*\\.\\s*add(?:Flash)?(?:Info|Warn|Error|Fatal)"
              + "\\s*\\(\\s*[^,()]+,\\s*\"([^\"]*)\""
              + "|\\bMessages\\s*\\.\\s*add(?:Flash)?\\s*\\(\\s*[^,()]+,\\s*[^,()]+,\\s*\"([^\"]*)\"");

  /** A constraint message reference, e.g. {@code "{quiz.rule.noCorrectAnswer}"}. */
  private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("\\{([A-Za-z][\\w.]*)}");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*[.,;:!?]?");

  // ---------------------------------------------------------------------------------------------
  // (a) every language has the same keys

  @Test
  void everyBundleHasTheSameKeysAndPlaceholdersInEveryLanguage() {
    List<String> bundles = baseBundles();
    assertTrue(bundles.contains(MESSAGES), bundles::toString);
    assertTrue(bundles.contains(VALIDATION_MESSAGES), bundles::toString);
    List<String> failures = new ArrayList<>();
    for (String base : bundles) {
      Map<String, String> english = load(RESOURCES.resolve(base + ".properties"));
      for (String locale : otherLocales()) {
        String name = base + "_" + locale;
        Path file = RESOURCES.resolve(name + ".properties");
        if (!Files.exists(file)) {
          failures.add(name + ".properties is missing");
          continue;
        }
        failures.addAll(compare(base, english, name, load(file)));
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void messageFormatPatternsKeepTheirPlaceholdersAndQuotes() {
    List<String> failures = new ArrayList<>();
    for (String base : baseBundles()) {
      if (!base.startsWith("i18n/")) {
        continue; // ValidationMessages are interpolated by Bean Validation, not MessageFormat.
      }
      for (String name : withLocales(base)) {
        Path file = RESOURCES.resolve(name + ".properties");
        if (Files.exists(file)) {
          failures.addAll(patternProblems(name, load(file)));
        }
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void theKeyComparisonFindsMissingKeysOnEachSideAndOtherPlaceholders() {
    Map<String, String> en = Map.of("a.b.only", "A", "a.b.both", "{0} and {1}", "a.b.same", "x");
    Map<String, String> fr = Map.of("a.b.both", "{0} et", "a.b.same", "y", "a.b.extra", "Z");
    List<String> failures = compare("m", en, "m_fr", fr);
    assertEquals(3, failures.size(), failures::toString);
    assertTrue(
        failures.get(0).contains("m_fr") && failures.get(0).contains("a.b.only"),
        failures::toString);
    assertTrue(failures.get(1).contains("a.b.extra"), failures::toString);
    assertTrue(failures.get(2).contains("a.b.both"), failures::toString);
  }

  @Test
  void thePatternCheckFindsALoneApostropheThatSwallowsAPlaceholder() {
    List<String> failures =
        patternProblems(
            "m_fr",
            Map.of(
                "a.b.date", "Valable jusqu'au {0}.",
                "a.b.fine", "Valable jusqu’au {0}, l''an {1}.",
                "quiz_import.problem.x", "l'apostrophe",
                "quiz_import.problem.y", "'{'#1..5'}' l''an",
                "a.b.broken", "{0",
                "a.b.choice", "{0,choice,0#none|1#one|1<{0} of them} for {1}"));
    assertEquals(3, failures.size(), failures::toString);
    assertTrue(failures.stream().anyMatch(f -> f.contains("a.b.date")), failures::toString);
    assertTrue(failures.stream().anyMatch(f -> f.contains("quiz_import.problem.x")));
    assertTrue(failures.stream().anyMatch(f -> f.contains("a.b.broken")));
  }

  // ---------------------------------------------------------------------------------------------
  // (b) every key a view or a class uses exists

  @Test
  void everyKeyAViewUsesExists() throws IOException {
    Map<String, String> bundleOfVar = bundleVariables();
    assertFalse(bundleOfVar.isEmpty(), "faces-config.xml declares no resource bundle");
    List<String> failures = new ArrayList<>();
    List<Path> views = files(WEBAPP, ".xhtml");
    assertFalse(views.isEmpty());
    for (Path view : views) {
      String text = Files.readString(view);
      for (Map.Entry<String, String> bundle : bundleOfVar.entrySet()) {
        Set<String> keys =
            load(RESOURCES.resolve(bundle.getValue().replace('.', '/') + ".properties")).keySet();
        failures.addAll(missingViewKeys(view.toString(), text, bundle.getKey(), keys));
      }
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void everyKeyAClassNamesExists() throws IOException {
    Set<String> messages = load(RESOURCES.resolve(MESSAGES + ".properties")).keySet();
    Set<String> validation = load(RESOURCES.resolve(VALIDATION_MESSAGES + ".properties")).keySet();
    List<String> failures = new ArrayList<>();
    int found = 0;
    for (Path file : files(JAVA, ".java")) {
      Map<String, Integer> used = keysNamedIn(Files.readString(file));
      found += used.size();
      failures.addAll(missingJavaKeys(file.toString(), used, messages, validation));
    }
    assertTrue(found > 50, "the scan found only " + found + " keys in the classes");
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void theViewCheckReportsEachMissingKeyWithItsFile() {
    String view =
        "<h1>#{msg['a.b.there']}</h1><p>#{msg[\"a.b.gone\"]}</p>"
            + "<p>#{msg['role.'.concat(r)]} #{msg['nothing.'.concat(r)]}</p>";
    List<String> failures = missingViewKeys("x.xhtml", view, "msg", Set.of("a.b.there", "role.X"));
    assertEquals(2, failures.size(), failures::toString);
    assertTrue(failures.get(0).contains("a.b.gone") && failures.get(0).contains("x.xhtml"));
    assertTrue(failures.get(1).contains("nothing."));
  }

  @Test
  void theClassCheckReportsHelperKeysConstantsAndConstraintMessages() {
    String source =
        """
        class X {
          // Messages.addGlobalInfo("in.a.comment") is not a use
          static final String KEY = "page_x.message.info.gone";
          static final String PROPERTY = "painwise.some.setting";
          void f() {
            Messages.addGlobalError("short.gone");
            Messages.addError("form:field", "page_x.message.error.there");
            Messages.addFlashGlobalInfo("page_x.message.info.there", 1);
            BundleMessages.text("role." + role);
            Messages.addFlashError(id, "gone." + role);
          }
          @Min(value = 0, message = "{x.rule.gone}") int n;
          void g() {
            Messages.add(FacesMessage.SEVERITY_WARN, null, "short.warn");
            Messages.create("short.create").warn().add();
            Messages.addGlobalWarn(first ? "page_x.message.info.there" : "page_x.message.x.gone");
          }
        }
        """;
    Map<String, Integer> used = keysNamedIn(source);
    assertEquals(
        Set.of(
            "page_x.message.info.gone",
            "short.gone",
            "page_x.message.error.there",
            "page_x.message.info.there",
            "role.*",
            "gone.*",
            "short.warn",
            "short.create",
            "{x.rule.gone}",
            "page_x.message.x.gone"),
        used.keySet());
    List<String> failures =
        missingJavaKeys(
            "X.java",
            used,
            Set.of("page_x.message.error.there", "page_x.message.info.there", "role.ADMIN"),
            Set.of());
    assertEquals(
        List.of(
            "X.java:6 short.gone is missing from i18n/messages",
            "X.java:10 no key of i18n/messages starts with gone.",
            "X.java:14 short.warn is missing from i18n/messages",
            "X.java:15 short.create is missing from i18n/messages",
            "X.java:3 page_x.message.info.gone is missing from i18n/messages",
            "X.java:12 {x.rule.gone} is missing from ValidationMessages",
            "X.java:16 page_x.message.x.gone is missing from i18n/messages"),
        failures);
  }

  // ---------------------------------------------------------------------------------------------
  // (c) the quiz file readers hold no text for people

  @Test
  void theQuizFormatPackageHoldsNoEnglishSentences() throws IOException {
    List<Path> sources = files(QUIZ_FORMAT, ".java");
    assertTrue(sources.size() > 10, sources::toString);
    List<String> failures = new ArrayList<>();
    for (Path file : sources) {
      failures.addAll(sentences(file.toString(), Files.readString(file)));
    }
    assertEquals(List.of(), failures, () -> String.join("\n", failures));
  }

  @Test
  void theSentenceCheckFindsASentenceButNotAnExceptionsOrAComment() {
    String source =
        """
        class X {
          /** Says "this is only a comment here". */
          void f() {
            // "the quick brown fox jumps"
            add(Problem.error(at, "the question has no text at all."));
            add(Problem.error(at, "quiz_import.problem.noText"));
            char quote = '"';
            throw new IllegalStateException("this is for the log only " + quote);
          }
        }
        """;
    List<String> failures = sentences("X.java", source);
    assertEquals(1, failures.size(), failures::toString);
    assertTrue(failures.get(0).startsWith("X.java:5 "), failures::toString);
  }

  // ---------------------------------------------------------------------------------------------
  // The checks, on text, so that the tests above can run them on fixtures too.

  /** Keys missing on either side, and keys whose placeholders differ. */
  static List<String> compare(
      String name, Map<String, String> english, String otherName, Map<String, String> other) {
    List<String> failures = new ArrayList<>();
    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(other.keySet());
    if (!missing.isEmpty()) {
      failures.add(otherName + " lacks " + missing.size() + " keys of " + name + ": " + missing);
    }
    Set<String> extra = new TreeSet<>(other.keySet());
    extra.removeAll(english.keySet());
    if (!extra.isEmpty()) {
      failures.add(name + " lacks " + extra.size() + " keys of " + otherName + ": " + extra);
    }
    for (String key : new TreeSet<>(english.keySet())) {
      if (other.containsKey(key)
          && !placeholders(english.get(key)).equals(placeholders(other.get(key)))) {
        failures.add(
            key
                + ": "
                + name
                + " uses {"
                + placeholders(english.get(key))
                + "}, "
                + otherName
                + " uses {"
                + placeholders(other.get(key))
                + "}");
      }
    }
    return failures;
  }

  /**
   * Patterns that MessageFormat cannot parse, that lose a placeholder to a quote (a plain ' in
   * "jusqu'au {0}"), or that are always formatted and hold a plain ' that MessageFormat would eat.
   */
  static List<String> patternProblems(String name, Map<String, String> bundle) {
    List<String> failures = new ArrayList<>();
    for (String key : new TreeSet<>(bundle.keySet())) {
      String value = bundle.get(key);
      Set<Integer> indexes = placeholders(value);
      boolean always = ALWAYS_FORMATTED.stream().anyMatch(key::startsWith);
      if (indexes.isEmpty() && !always) {
        continue;
      }
      String out;
      Set<Integer> texts = new TreeSet<>();
      try {
        MessageFormat format = new MessageFormat(value, Locale.ROOT);
        Format[] formats = format.getFormatsByArgumentIndex();
        int size = indexes.stream().mapToInt(i -> i + 1).max().orElse(0);
        Object[] args = new Object[size];
        for (int i = 0; i < size; i++) {
          Format f = i < formats.length ? formats[i] : null;
          if (f instanceof NumberFormat) {
            args[i] = 7;
          } else if (f instanceof DateFormat) {
            args[i] = new Date(0);
          } else {
            args[i] = "<arg" + i + ">";
            texts.add(i);
          }
        }
        out = format.format(args);
      } catch (IllegalArgumentException e) {
        failures.add(name + " " + key + ": not a MessageFormat pattern: " + e.getMessage());
        continue;
      }
      boolean lost = false;
      for (int i : texts) {
        if (indexes.contains(i) && !out.contains("<arg" + i + ">")) {
          failures.add(name + " " + key + ": {" + i + "} is lost, probably to a plain ' quote");
          lost = true;
        }
      }
      String unquoted = value.replace("''", "").replaceAll("'[{} ]+'", "");
      if (!lost && unquoted.indexOf('\'') >= 0) {
        failures.add(name + " " + key + ": a plain ' is a quote in MessageFormat; write ’ or ''");
      }
    }
    return failures;
  }

  /** Keys a view names literally that its bundle lacks, and dynamic prefixes no key starts with. */
  static List<String> missingViewKeys(String file, String text, String var, Set<String> keys) {
    List<String> failures = new ArrayList<>();
    Matcher literal =
        Pattern.compile("\\b" + var + "\\[\\s*(?:'([^']+)'|\"([^\"]+)\")\\s*]").matcher(text);
    while (literal.find()) {
      String key = literal.group(1) != null ? literal.group(1) : literal.group(2);
      if (!keys.contains(key)) {
        failures.add(file + " uses " + var + "['" + key + "'], which is missing");
      }
    }
    Matcher dynamic =
        Pattern.compile("\\b" + var + "\\[\\s*(?:'([^']+)'|\"([^\"]+)\")\\s*\\.concat\\(")
            .matcher(text);
    while (dynamic.find()) {
      String prefix = dynamic.group(1) != null ? dynamic.group(1) : dynamic.group(2);
      if (keys.stream().noneMatch(k -> k.startsWith(prefix))) {
        failures.add(file + " uses keys starting with '" + prefix + "', but there is none");
      }
    }
    return failures;
  }

  /**
   * The message keys a Java source names, with the line of their first use: the key argument of an
   * OmniFaces {@code Messages} call or of {@link BundleMessages#text} (a prefix, ending in {@code
   * *}, when the code appends to it), any string constant shaped like {@code page.element.kind},
   * and constraint messages such as {@code "{quiz.rule.x}"} (kept with their braces).
   */
  static Map<String, Integer> keysNamedIn(String source) {
    Map<String, Integer> keys = new LinkedHashMap<>();
    JavaText java = JavaText.of(source);
    Matcher call = MESSAGES_CALL.matcher(java.code());
    while (call.find()) {
      int group = call.group(1) != null ? 1 : call.group(2) != null ? 2 : 3;
      int at = call.start(group);
      String key = java.literalAt(at - 1).value();
      boolean prefix = java.skeleton().substring(call.end()).stripLeading().startsWith("+");
      keys.putIfAbsent(prefix ? key + "*" : key, java.lineOf(at));
    }
    for (Literal literal : java.literals()) {
      String v = literal.value();
      if (KEY_SHAPE.matcher(v).matches() && !NOT_KEYS.contains(v.substring(0, v.indexOf('.')))) {
        keys.putIfAbsent(v, literal.line());
      } else if (CONSTRAINT_MESSAGE.matcher(v).matches()) {
        keys.putIfAbsent(v, literal.line());
      }
    }
    return keys;
  }

  static List<String> missingJavaKeys(
      String file, Map<String, Integer> used, Set<String> messages, Set<String> validation) {
    List<String> failures = new ArrayList<>();
    used.forEach(
        (key, line) -> {
          Matcher constraint = CONSTRAINT_MESSAGE.matcher(key);
          if (constraint.matches()) {
            String k = constraint.group(1);
            if (!k.startsWith("jakarta.")
                && !k.startsWith("org.hibernate.")
                && !validation.contains(k)) {
              failures.add(file + ":" + line + " " + key + " is missing from ValidationMessages");
            }
          } else if (key.endsWith("*")) {
            String prefix = key.substring(0, key.length() - 1);
            if (messages.stream().noneMatch(k -> k.startsWith(prefix))) {
              failures.add(file + ":" + line + " no key of " + MESSAGES + " starts with " + prefix);
            }
          } else if (!messages.contains(key)) {
            failures.add(file + ":" + line + " " + key + " is missing from " + MESSAGES);
          }
        });
    return failures;
  }

  /**
   * String literals of four words or more in a row, which read as a sentence for people. Literals
   * in a statement that throws are left out: exception messages are for logs, not for people.
   */
  static List<String> sentences(String file, String source) {
    List<String> failures = new ArrayList<>();
    JavaText java = JavaText.of(source);
    for (Literal literal : java.literals()) {
      if (java.statementAt(literal.start()).contains("throw new ")) {
        continue;
      }
      int run = 0;
      int longest = 0;
      for (String token : literal.value().split("\\s+")) {
        run = WORD.matcher(token).matches() ? run + 1 : 0;
        longest = Math.max(longest, run);
      }
      if (longest >= 4) {
        failures.add(file + ":" + literal.line() + " \"" + literal.value() + "\"");
      }
    }
    return failures;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static Set<Integer> placeholders(String value) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(value);
    while (m.find()) {
      indexes.add(Integer.parseInt(m.group(1)));
    }
    return indexes;
  }

  /** Bundle base names, e.g. {@code i18n/messages}: every properties file without a locale. */
  private static List<String> baseBundles() {
    Pattern localised = Pattern.compile(".*_[a-z]{2}(_[A-Z]{2})?\\.properties");
    try {
      return files(RESOURCES, ".properties").stream()
          .map(p -> RESOURCES.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !localised.matcher(p).matches())
          .map(p -> p.substring(0, p.length() - ".properties".length()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The supported locales of faces-config.xml other than the default one (English). */
  private static List<String> otherLocales() {
    String config = read(FACES_CONFIG);
    Matcher dflt =
        Pattern.compile("<default-locale>\\s*(\\w+)\\s*</default-locale>").matcher(config);
    assertTrue(dflt.find(), "faces-config.xml has no default locale");
    List<String> others = new ArrayList<>();
    Matcher m =
        Pattern.compile("<supported-locale>\\s*(\\w+)\\s*</supported-locale>").matcher(config);
    while (m.find()) {
      if (!m.group(1).equals(dflt.group(1))) {
        others.add(m.group(1));
      }
    }
    assertFalse(others.isEmpty(), "faces-config.xml supports no other language");
    return others;
  }

  private static List<String> withLocales(String base) {
    List<String> names = new ArrayList<>(List.of(base));
    otherLocales().forEach(l -> names.add(base + "_" + l));
    return names;
  }

  /** The EL variable of each resource bundle of faces-config.xml, and its base name. */
  private static Map<String, String> bundleVariables() {
    Map<String, String> vars = new TreeMap<>();
    Matcher m =
        Pattern.compile(
                "<resource-bundle>\\s*<base-name>\\s*([\\w.]+)\\s*</base-name>\\s*"
                    + "<var>\\s*(\\w+)\\s*</var>\\s*</resource-bundle>")
            .matcher(read(FACES_CONFIG));
    while (m.find()) {
      vars.put(m.group(2), m.group(1));
    }
    return vars;
  }

  private static Map<String, String> load(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> load(Reader in) throws IOException {
    Properties p = new Properties();
    p.load(in);
    Map<String, String> map = new TreeMap<>();
    p.forEach((k, v) -> map.put((String) k, (String) v));
    return map;
  }

  static Map<String, String> parse(String properties) {
    try {
      return load(new StringReader(properties));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** A string literal of a Java source: its value, its line and where its opening quote is. */
  record Literal(String value, int line, int start) {}

  /**
   * A Java source with its comments blanked out ({@link #code()}), the same with the insides of its
   * literals blanked out too ({@link #skeleton()}), and its string literals. Enough of a lexer for
   * these checks: comments, strings, text blocks and character literals.
   */
  record JavaText(String source, String code, String skeleton, List<Literal> literals) {

    static JavaText of(String source) {
      StringBuilder code = new StringBuilder(source);
      StringBuilder skeleton = new StringBuilder(source);
      List<Literal> literals = new ArrayList<>();
      int i = 0;
      int n = source.length();
      while (i < n) {
        char c = source.charAt(i);
        if (source.startsWith("//", i) || source.startsWith("/*", i)) {
          int end =
              source.charAt(i + 1) == '/' ? source.indexOf('\n', i) : source.indexOf("*/", i + 2);
          end = end < 0 ? n : source.charAt(i + 1) == '/' ? end : end + 2;
          blank(code, i, end);
          blank(skeleton, i, end);
          i = end;
        } else if (source.startsWith("\"\"\"", i)) {
          int end = source.indexOf("\"\"\"", i + 3);
          end = end < 0 ? n : end;
          literals.add(new Literal(source.substring(i + 3, end), line(source, i), i));
          blank(skeleton, i + 3, end);
          i = Math.min(n, end + 3);
        } else if (c == '"' || c == '\'') {
          StringBuilder value = new StringBuilder();
          int j = i + 1;
          while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
            if (source.charAt(j) == '\\' && j + 1 < n) {
              char e = source.charAt(++j);
              value.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            } else {
              value.append(source.charAt(j));
            }
            j++;
          }
          if (c == '"') {
            literals.add(new Literal(value.toString(), line(source, i), i));
          }
          blank(skeleton, i + 1, Math.min(j, n));
          i = j + 1;
        } else {
          i++;
        }
      }
      return new JavaText(source, code.toString(), skeleton.toString(), literals);
    }

    private static void blank(StringBuilder text, int from, int to) {
      for (int k = from; k < to; k++) {
        if (text.charAt(k) != '\n') {
          text.setCharAt(k, ' ');
        }
      }
    }

    private static int line(String source, int at) {
      int line = 1;
      for (int k = 0; k < at; k++) {
        if (source.charAt(k) == '\n') {
          line++;
        }
      }
      return line;
    }

    int lineOf(int at) {
      return line(source, at);
    }

    /** The literal whose opening quote is at {@code quote}. */
    Literal literalAt(int quote) {
      return literals.stream().filter(l -> l.start() == quote).findFirst().orElseThrow();
    }

    /**
     * The code of the statement before {@code at}: since the previous {@code ;}, {@code {} or
     * {@code }}.
     */
    String statementAt(int at) {
      int from = at;
      while (from > 0 && ";{}".indexOf(skeleton.charAt(from - 1)) < 0) {
        from--;
      }
      return skeleton.substring(from, at);
    }
  }
}
