package org.painwise.lesson;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the curriculum, by path relative to the lessons root
 * ("01-pain-alarm-system/quiz.gift"). They come from the folder named by the system property {@code
 * painwise.lessons.dir} when it is set (edit lessons without a rebuild), else from {@code
 * /WEB-INF/lessons} inside the WAR.
 */
@ApplicationScoped
public class CurriculumFiles {

  static final String WAR_ROOT = "/WEB-INF/lessons/";

  /** The real context (not a request-bound proxy), captured when the application starts. */
  private ServletContext servletContext;

  void started(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    this.servletContext = context;
  }

  /** All files, sorted by path. Read fresh on every call: callers keep what they need. */
  public SortedMap<String, byte[]> read() {
    String dir = System.getProperty("painwise.lessons.dir");
    return dir != null ? readDirectory(Path.of(dir)) : readWar();
  }

  /** Reads a lessons folder on disk; used by the app and by unit tests. */
  public static SortedMap<String, byte[]> readDirectory(Path root) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (!rel.startsWith(".")) {
          files.put(rel, Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lessons from " + root, e);
    }
    return files;
  }

  private SortedMap<String, byte[]> readWar() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    collect(WAR_ROOT, files);
    return files;
  }

  private void collect(String dir, Map<String, byte[]> into) {
    Set<String> paths = servletContext.getResourcePaths(dir);
    if (paths == null) {
      return;
    }
    for (String path : paths) {
      if (path.endsWith("/")) {
        collect(path, into);
      } else {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
          if (in != null) {
            into.put(path.substring(WAR_ROOT.length()), in.readAllBytes());
          }
        } catch (IOException e) {
          throw new UncheckedIOException("Cannot read " + path, e);
        }
      }
    }
  }
}
