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
import org.painwise.lesson.Curriculum.ParsedModule;
import org.painwise.lesson.Curriculum.ParsedPage;
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
 */
public final class CurriculumParser {

  /** Part of every content hash: bump it when rendering changes, so pages are re-rendered. */
  static final String RENDER_VERSION = "render-2";

  private static final Pattern MODULE_FOLDER = Pattern.compile("(\\d{2})-([a-z0-9-]+)");
  private static final Pattern PAGE_FILE = Pattern.compile("(\\d{2})-([a-z0-9-]+)\\.md");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String GLOSSARY = "glossary.yaml";

  private CurriculumParser() {}

  public static Curriculum parse(SortedMap<String, byte[]> files) {
    List<LoadProblem> problems = new ArrayList<>();
    Map<String, GlossaryEntry> glossary = glossary(files, problems);

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
    return new Curriculum(List.copyOf(modules), glossary, List.copyOf(problems));
  }

  private static Map<String, GlossaryEntry> glossary(
      Map<String, byte[]> files, List<LoadProblem> problems) {
    Map<String, GlossaryEntry> glossary = new LinkedHashMap<>();
    byte[] bytes = files.get(GLOSSARY);
    if (bytes == null) {
      return glossary;
    }
    Object doc = yaml(text(bytes), GLOSSARY, 1, problems);
    if (!(doc instanceof Map<?, ?> map)) {
      if (doc != null) {
        problems.add(new LoadProblem(GLOSSARY, 1, "expected a map of term ids"));
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
                    GLOSSARY,
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
