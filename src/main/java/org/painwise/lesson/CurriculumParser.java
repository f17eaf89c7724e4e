package org.painwise.lesson;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.painwise.config.Languages;
import org.painwise.lesson.Curriculum.ModuleTexts;
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;
import org.painwise.lesson.Curriculum.Translation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the curriculum files (path → bytes) into modules with rendered pages. A module with any
 * broken file is left out and every problem is reported by file and line; the other modules still
 * load. Pure Java, so it is unit-tested without a server.
 *
 * <p>Translations ({@link Languages#TRANSLATED}) live beside the English files: {@code
 * NN-slug/fr/module.yaml} (the English keys but {@code slug} and {@code order}), {@code
 * NN-slug/fr/<the English page's file name>.md}, {@code NN-slug/fr/quiz.gift}, optionally {@code
 * NN-slug/fr/references.md}, {@code NN-slug/images/<name>.fr.svg} and {@code glossary.fr.yaml}.
 * Each translated {@code module.yaml} and page says which English file it translates with {@code
 * translationOf:}, the first 12 hex digits of the SHA-256 of the English file's bytes (for
 * module.yaml, without its {@code translations:} line). A translated page must have exactly its
 * English page's heading anchors (a French heading keeps the English one: {@code ## Titre
 * {#english-anchor}}). The loader reports, by file, every translation that is missing, stale (the
 * English file changed since: another hash) or broken; a broken translated file is not used, and
 * the reader shows the English one. None of this stops the English module from loading.
 *
 * <p>A module that is not translated yet says so in its English module.yaml, on one line: {@code
 * translations: {fr: pending}}. Its missing translations are then not reported (the files it does
 * have are still loaded and checked).
 */
public final class CurriculumParser {

  /** Part of every content hash: bump it when rendering changes, so pages are re-rendered. */
  static final String RENDER_VERSION = "render-2";

  private static final Pattern MODULE_FOLDER = Pattern.compile("(\\d{2})-([a-z0-9-]+)");
  private static final Pattern PAGE_FILE = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.md");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String GLOSSARY = "glossary.yaml";

  /** The key of module.yaml that marks languages not translated yet: {@code {fr: pending}}. */
  static final String TRANSLATIONS_KEY = "translations";

  static final String PENDING = "pending";

  /** Lines of module.yaml that {@code translationOf} leaves out: the translations marker. */
  private static final Pattern TRANSLATIONS_BLOCK =
      Pattern.compile("(?m)^" + TRANSLATIONS_KEY + ":.*\\n(?:[ \\t]+.*\\n)*");

  private static final Pattern TRANSLATION_OF =
      Pattern.compile("(?m)^translationOf:[ \\t]*[\"']?([0-9A-Fa-f]*)[\"']?[ \\t]*$");

  /** The length of a {@code translationOf} hash. */
  static final int TRANSLATION_OF_LENGTH = 12;

  private CurriculumParser() {}

  public static Curriculum parse(SortedMap<String, byte[]> files) {
    List<LoadProblem> problems = new ArrayList<>();
    Map<String, GlossaryEntry> glossary = glossary(files, GLOSSARY, problems);

    // Group files by module folder.
    SortedMap<String, SortedMap<String, byte[]>> folders = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          int slash = path.indexOf('/');
          if (slash > 0 && MODULE_FOLDER.matcher(path.substring(0, slash)).matches()) {
            folders
                .computeIfAbsent(path.substring(0, slash), k -> new TreeMap<>())
                .put(path.substring(slash + 1), bytes);
          }
        });

    // Every page that exists, as "module-slug/page-slug", for lesson: links across modules.
    Set<String> allPages = new TreeSet<>();
    folders.forEach(
        (folder, content) -> {
          String slug = MODULE_FOLDER.matcher(folder).replaceAll("$2");
          content.keySet().stream()
              .map(PAGE_FILE::matcher)
              .filter(Matcher::matches)
              .forEach(m -> allPages.add(slug + "/" + m.group(2)));
        });

    byte[] glossaryBytes = files.getOrDefault(GLOSSARY, new byte[0]);
    List<ParsedModule> modules = new ArrayList<>();
    Set<String> slugs = new TreeSet<>();
    for (var entry : folders.entrySet()) {
      List<LoadProblem> moduleProblems = new ArrayList<>();
      Optional<ParsedModule> module =
          module(
              entry.getKey(), entry.getValue(), glossary, allPages, glossaryBytes, moduleProblems);
      if (module.isPresent() && !slugs.add(module.get().slug())) {
        moduleProblems.add(
            new LoadProblem(
                entry.getKey() + "/module.yaml",
                0,
                "the slug '" + module.get().slug() + "' is used by another module"));
      }
      problems.addAll(moduleProblems);
      if (module.isPresent() && moduleProblems.isEmpty()) {
        modules.add(module.get());
      }
    }
    modules.sort(
        java.util.Comparator.comparingInt(ParsedModule::order).thenComparing(ParsedModule::slug));

    List<Translation> translations = new ArrayList<>();
    for (String language : Languages.TRANSLATED) {
      translations.addAll(
          translations(language, files, folders, modules, glossary, allPages, problems));
    }
    return new Curriculum(
        List.copyOf(modules), glossary, List.copyOf(problems), List.copyOf(translations));
  }

  /** The modules' translations into one language, reporting what is missing, stale or broken. */
  private static List<Translation> translations(
      String language,
      SortedMap<String, byte[]> files,
      SortedMap<String, SortedMap<String, byte[]>> folders,
      List<ParsedModule> modules,
      Map<String, GlossaryEntry> english,
      Set<String> allPages,
      List<LoadProblem> problems) {
    String glossaryFile = "glossary." + language + ".yaml";
    Map<String, GlossaryEntry> translated = new LinkedHashMap<>(english);
    List<Translation> translations = new ArrayList<>();
    Set<String> pending = new TreeSet<>();
    for (ParsedModule module : modules) {
      if (pendingLanguages(folders.get(module.folder()).get("module.yaml")).contains(language)) {
        pending.add(module.folder());
      }
    }
    boolean anyModuleWanted = pending.size() < modules.size();
    if (files.containsKey(glossaryFile)) {
      List<LoadProblem> glossaryProblems = new ArrayList<>();
      Map<String, GlossaryEntry> own = glossary(files, glossaryFile, glossaryProblems);
      problems.addAll(glossaryProblems);
      translated.putAll(own);
      byte[] bytes = files.get(glossaryFile);
      for (String id : english.keySet()) {
        if (!own.containsKey(id)) {
          problems.add(
              new LoadProblem(
                  glossaryFile,
                  0,
                  "the term '" + id + "' of glossary.yaml is not translated",
                  LoadProblem.Kind.MISSING_TRANSLATION));
        }
      }
      for (String id : own.keySet()) {
        if (!english.containsKey(id)) {
          problems.add(
              new LoadProblem(
                  glossaryFile,
                  lineOf(text(bytes), id + ":"),
                  "the term '" + id + "' is not in glossary.yaml: use the English ids"));
        }
      }
    } else if (anyModuleWanted) {
      problems.add(
          new LoadProblem(
              glossaryFile,
              0,
              "the glossary is not translated: the terms show their English definitions",
              LoadProblem.Kind.MISSING_TRANSLATION));
    }
    for (ParsedModule module : modules) {
      translation(
              language,
              module,
              folders.get(module.folder()),
              pending.contains(module.folder()),
              translated,
              allPages,
              problems)
          .ifPresent(translations::add);
    }
    return translations;
  }

  /** The languages that a module.yaml marks as not translated yet. */
  static Set<String> pendingLanguages(byte[] moduleYaml) {
    if (moduleYaml == null) {
      return Set.of();
    }
    Object doc;
    try {
      doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text(moduleYaml));
    } catch (YAMLException e) {
      return Set.of();
    }
    Set<String> pending = new TreeSet<>();
    if (doc instanceof Map<?, ?> meta && meta.get(TRANSLATIONS_KEY) instanceof Map<?, ?> marks) {
      marks.forEach(
          (language, state) -> {
            if (PENDING.equals(String.valueOf(state))) {
              pending.add(String.valueOf(language));
            }
          });
    }
    return pending;
  }

  private static Optional<Translation> translation(
      String language,
      ParsedModule module,
      SortedMap<String, byte[]> files,
      boolean pending,
      Map<String, GlossaryEntry> glossary,
      Set<String> allPages,
      List<LoadProblem> problems) {
    String folder = module.folder();
    String dir = language + "/";
    Map<String, byte[]> own = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          if (path.startsWith(dir)) {
            own.put(path.substring(dir.length()), bytes);
          }
        });

    // module.yaml
    String yamlFile = folder + "/" + dir + "module.yaml";
    Optional<ModuleTexts> texts = Optional.empty();
    byte[] yamlBytes = own.get("module.yaml");
    if (yamlBytes == null) {
      missing(yamlFile, pending, "module texts", problems);
    } else {
      texts = moduleTexts(module, yamlFile, yamlBytes, problems);
      stale(
          yamlFile,
          text(yamlBytes),
          hashOf(withoutTranslationsMarker(files.get("module.yaml"))),
          problems);
    }

    // pages: each English page, in the same file
    LessonRenderer.Context context =
        new LessonRenderer.Context(module.slug(), glossary, files::containsKey, allPages::contains);
    Map<String, ParsedPage> pages = new LinkedHashMap<>();
    for (ParsedPage english : module.pages()) {
      String name = english.file().substring(english.file().lastIndexOf('/') + 1);
      String file = folder + "/" + dir + name;
      byte[] bytes = own.get(name);
      if (bytes == null) {
        missing(file, pending, "page " + name, problems);
        continue;
      }
      List<LoadProblem> local = new ArrayList<>();
      Optional<ParsedPage> page =
          page(file, english.slug(), english.position(), text(bytes), context, local);
      if (page.isPresent() && !page.get().anchors().equals(english.anchors())) {
        local.add(
            new LoadProblem(
                file,
                0,
                "the headings' anchors "
                    + page.get().anchors()
                    + " are not the English page's "
                    + english.anchors()
                    + ": end each heading with the English anchor, {#anchor}, in the same order"));
      }
      problems.addAll(local);
      if (page.isPresent() && local.isEmpty()) {
        pages.put(english.slug(), page.get());
      }
      stale(file, text(bytes), hashOf(files.get(name)), problems);
    }
    Set<String> englishNames =
        module.pages().stream()
            .map(p -> p.file().substring(p.file().lastIndexOf('/') + 1))
            .collect(java.util.stream.Collectors.toSet());
    own.keySet().stream()
        .filter(name -> PAGE_FILE.matcher(name).matches() && !englishNames.contains(name))
        .forEach(
            name ->
                problems.add(
                    new LoadProblem(
                        folder + "/" + dir + name,
                        0,
                        "there is no English page " + name + " for it to translate")));

    // references, quiz, diagrams
    Optional<String> references =
        Optional.ofNullable(own.get("references.md"))
            .map(
                bytes -> {
                  LessonRenderer.Result r =
                      LessonRenderer.render(
                          text(bytes), folder + "/" + dir + "references.md", 1, context);
                  problems.addAll(r.problems());
                  return r.html();
                });
    Optional<String> quiz = Optional.ofNullable(own.get("quiz.gift")).map(CurriculumParser::text);
    if (quiz.isEmpty() && module.quizGift().isPresent()) {
      missing(folder + "/" + dir + "quiz.gift", pending, "quiz", problems);
    }
    for (String image : module.images().keySet()) {
      if (image.endsWith(".svg") && !LANGUAGE_SUFFIX.matcher(image).find()) {
        String translatedImage = image.replaceFirst("\\.svg$", "." + language + ".svg");
        if (!files.containsKey(translatedImage)) {
          missing(folder + "/" + translatedImage, pending, "diagram " + image, problems);
        }
      }
    }
    if (texts.isEmpty() && pages.isEmpty() && references.isEmpty() && quiz.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Translation(language, module.slug(), texts, Map.copyOf(pages), references, quiz));
  }

  /** A diagram of one language: {@code images/name.fr.svg}. */
  private static final Pattern LANGUAGE_SUFFIX = Pattern.compile("\\.[a-z]{2}\\.svg$");

  private static Optional<ModuleTexts> moduleTexts(
      ParsedModule module, String yamlFile, byte[] yamlBytes, List<LoadProblem> problems) {
    List<LoadProblem> local = new ArrayList<>();
    Object doc = yaml(text(yamlBytes), yamlFile, 1, local);
    if (!(doc instanceof Map<?, ?> meta)) {
      if (doc != null) {
        local.add(new LoadProblem(yamlFile, 1, "expected keys such as title and summary"));
      }
      problems.addAll(local);
      return Optional.empty();
    }
    for (String key : List.of("slug", "order")) {
      if (meta.containsKey(key)) {
        problems.add(
            new LoadProblem(
                yamlFile,
                lineOf(text(yamlBytes), key + ":"),
                "'" + key + "' comes from the English module.yaml: leave it out here"));
      }
    }
    String title = string(meta, "title", yamlFile, local);
    String summary = string(meta, "summary", yamlFile, local);
    problems.addAll(local);
    if (!local.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ModuleTexts(
            title,
            summary,
            integer(meta, "minutes", module.minutes()),
            strings(meta, "objectives"),
            strings(meta, "keyPoints"),
            meta.get("safety") instanceof String safety ? safety.strip() : module.safety()));
  }

  private static void missing(
      String file, boolean pending, String what, List<LoadProblem> problems) {
    if (!pending) {
      problems.add(
          new LoadProblem(
              file,
              0,
              "not translated yet: readers get the English " + what,
              LoadProblem.Kind.MISSING_TRANSLATION));
    }
  }

  /** Reports a translated file whose {@code translationOf} is not its English file's hash now. */
  private static void stale(
      String file, String translated, String englishHash, List<LoadProblem> problems) {
    Matcher m = TRANSLATION_OF.matcher(translated);
    if (!m.find() || m.group(1).isEmpty()) {
      problems.add(
          new LoadProblem(
              file,
              0,
              "translationOf is missing: give the first "
                  + TRANSLATION_OF_LENGTH
                  + " hex digits of the English file's SHA-256, "
                  + englishHash,
              LoadProblem.Kind.STALE_TRANSLATION));
    } else if (!m.group(1).equalsIgnoreCase(englishHash)) {
      problems.add(
          new LoadProblem(
              file,
              lineOf(translated, "translationOf:"),
              "translates an older English file (translationOf "
                  + m.group(1)
                  + ", the English file is now "
                  + englishHash
                  + "): bring the changes over, then update translationOf",
              LoadProblem.Kind.STALE_TRANSLATION));
    }
  }

  /** The first 12 hex digits of the SHA-256 of these bytes, as {@code sha256sum} prints them. */
  static String hashOf(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
          .substring(0, TRANSLATION_OF_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A module.yaml without its translations marker, which a translation does not depend on. */
  static byte[] withoutTranslationsMarker(byte[] moduleYaml) {
    String text = new String(moduleYaml, StandardCharsets.UTF_8);
    Matcher m = TRANSLATIONS_BLOCK.matcher(text);
    return m.find()
        ? (text.substring(0, m.start()) + text.substring(m.end())).getBytes(StandardCharsets.UTF_8)
        : moduleYaml;
  }

  private static Map<String, GlossaryEntry> glossary(
      Map<String, byte[]> files, String file, List<LoadProblem> problems) {
    Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
    byte[] bytes = files.get(file);
    if (bytes == null) {
      return glossary;
    }
    Object doc = yaml(text(bytes), file, 1, problems);
    if (!(doc instanceof Map<?, ?> map)) {
      if (doc != null) {
        problems.add(new LoadProblem(file, 1, "expected a map of term ids"));
      }
      return glossary;
    }
    map.forEach(
        (id, value) -> {
          if (value instanceof Map<?, ?> v
              && v.get("term") instanceof String term
              && v.get("definition") instanceof String definition) {
            glossary.put(
                String.valueOf(id), new GlossaryEntry(String.valueOf(id), term, definition));
          } else {
            problems.add(
                new LoadProblem(
                    file,
                    lineOf(text(bytes), id + ":"),
                    "the term '" + id + "' needs both a term and a definition"));
          }
        });
    return glossary;
  }

  private static Optional<ParsedModule> module(
      String folder,
      SortedMap<String, byte[]> files,
      Map<String, GlossaryEntry> glossary,
      Set<String> allPages,
      byte[] glossaryBytes,
      List<LoadProblem> problems) {
    String yamlFile = folder + "/module.yaml";
    byte[] yamlBytes = files.get("module.yaml");
    if (yamlBytes == null) {
      problems.add(new LoadProblem(yamlFile, 0, "module.yaml is missing"));
      return Optional.empty();
    }
    Object doc = yaml(text(yamlBytes), yamlFile, 1, problems);
    if (!(doc instanceof Map<?, ?> meta)) {
      if (doc != null) {
        problems.add(new LoadProblem(yamlFile, 1, "expected keys such as slug, title and summary"));
      }
      return Optional.empty();
    }
    String slug = string(meta, "slug", yamlFile, problems);
    String title = string(meta, "title", yamlFile, problems);
    String summary = string(meta, "summary", yamlFile, problems);
    if (slug != null && !SLUG.matcher(slug).matches()) {
      problems.add(
          new LoadProblem(
              yamlFile,
              lineOf(text(yamlBytes), "slug:"),
              "the slug must be lower-case letters, digits and dashes"));
    }
    if (slug != null && !folder.endsWith("-" + slug)) {
      problems.add(
          new LoadProblem(
              yamlFile,
              lineOf(text(yamlBytes), "slug:"),
              "the slug '" + slug + "' does not match the folder name " + folder));
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }

    LessonRenderer.Context context =
        new LessonRenderer.Context(
            slug, glossary, src -> files.containsKey(src), allPages::contains);
    List<ParsedPage> pages = new ArrayList<>();
    for (var file : files.entrySet()) {
      Matcher m = PAGE_FILE.matcher(file.getKey());
      if (m.matches()) {
        page(
                folder + "/" + file.getKey(),
                m.group(2),
                Integer.parseInt(m.group(1)),
                text(file.getValue()),
                context,
                problems)
            .ifPresent(pages::add);
      }
    }
    if (pages.isEmpty()) {
      problems.add(new LoadProblem(folder, 0, "the module has no pages (NN-name.md files)"));
    }
    String references =
        files.containsKey("references.md")
            ? LessonRenderer.render(
                    text(files.get("references.md")), folder + "/references.md", 1, context)
                .html()
            : "";
    Map<String, byte[]> images = new TreeMap<>();
    files.forEach(
        (path, bytes) -> {
          if (path.startsWith("images/")) {
            images.put(path, bytes);
          }
        });
    return Optional.of(
        new ParsedModule(
            folder,
            slug,
            title,
            summary,
            integer(meta, "order", 99),
            integer(meta, "minutes", 0),
            strings(meta, "objectives"),
            strings(meta, "keyPoints"),
            meta.get("safety") instanceof String s ? s.strip() : "",
            references,
            List.copyOf(pages),
            images,
            Optional.ofNullable(files.get("quiz.gift")).map(CurriculumParser::text),
            hash(files, glossaryBytes)));
  }

  private static Optional<ParsedPage> page(
      String file,
      String slug,
      int position,
      String text,
      LessonRenderer.Context context,
      List<LoadProblem> problems) {
    String body = text;
    Map<?, ?> front = Map.of();
    int bodyLine = 1;
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 3);
      if (end < 0) {
        problems.add(new LoadProblem(file, 1, "the front matter is not closed with a --- line"));
        return Optional.empty();
      }
      String yamlText = text.substring(4, end + 1);
      Object doc = yaml(yamlText, file, 2, problems);
      if (doc == null && !yamlText.isBlank()) {
        return Optional.empty();
      }
      if (doc instanceof Map<?, ?> map) {
        front = map;
      }
      body = text.substring(end + 5);
      bodyLine = (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
    }
    List<LoadProblem> local = new ArrayList<>();
    String title = string(front, "title", file, local);
    LessonRenderer.Result rendered = LessonRenderer.render(body, file, bodyLine, context);
    local.addAll(rendered.problems());
    problems.addAll(local);
    if (!local.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ParsedPage(
            file,
            slug,
            position,
            title,
            integer(front, "minutes", 3),
            strings(front, "keyPoints"),
            rendered.html(),
            rendered.anchors()));
  }

  /** Parses YAML; a syntax error becomes a problem at the right line of the file. */
  private static Object yaml(String text, String file, int firstLine, List<LoadProblem> problems) {
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? firstLine : firstLine + mark.getLine();
      problems.add(
          new LoadProblem(
              file,
              line,
              "the YAML cannot be read: "
                  + (e.getProblem() == null ? "syntax error" : e.getProblem())));
      return null;
    } catch (YAMLException e) {
      problems.add(new LoadProblem(file, firstLine, "the YAML cannot be read"));
      return null;
    }
  }

  private static String string(Map<?, ?> map, String key, String file, List<LoadProblem> problems) {
    Object value = map.get(key);
    if (value instanceof String s && !s.isBlank()) {
      return s.strip();
    }
    problems.add(new LoadProblem(file, 0, "'" + key + "' is missing or empty"));
    return null;
  }

  private static int integer(Map<?, ?> map, String key, int fallback) {
    return map.get(key) instanceof Number n ? n.intValue() : fallback;
  }

  private static List<String> strings(Map<?, ?> map, String key) {
    return map.get(key) instanceof List<?> list
        ? list.stream().map(String::valueOf).map(String::strip).toList()
        : List.of();
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].strip().startsWith(needle)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static String hash(SortedMap<String, byte[]> files, byte[] glossary) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(RENDER_VERSION.getBytes(StandardCharsets.UTF_8));
      sha.update(glossary);
      for (var f : files.entrySet()) {
        if (Languages.TRANSLATED.stream().anyMatch(l -> f.getKey().startsWith(l + "/"))) {
          continue; // a translation never changes the English module
        }
        sha.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(f.getValue());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
