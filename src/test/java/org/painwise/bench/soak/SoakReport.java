package org.painwise.bench.soak;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figures of a full soak run (bench/soak.sh): errors and p99 per request type from Gatling's
 * report (its index.html), lost answers from {@link SoakCheck}, and the heap after a full GC once a
 * minute, which must stay within 10% from minute 5 to the end. Writes {@code results.md} in the
 * run's folder, prints it, and exits 1 when a target is not met.
 *
 * <p>{@code java ... SoakReport OUT} (OUT: target/soak).
 */
public final class SoakReport {

  /** The heap is judged from this minute on: before it the JIT, caches and sessions fill up. */
  static final int HEAP_FROM_MINUTE = 5;

  /** Flat: the largest heap after GC from minute 5 on is at most this much above the smallest. */
  static final double HEAP_TOLERANCE = 0.10;

  private SoakReport() {}

  /** One request type of the run. */
  record RequestStats(String name, long total, long ko, long p50, long p95, long p99, long max) {}

  /**
   * Heap after a full GC at one minute of the run: what GC.heap_info said was used, and the part
   * that survived the GC (used minus the young regions allocated since; equal to used in the
   * samples of older runs, which did not record the young regions).
   */
  record HeapSample(int minute, long heapKib, long rssMib, long liveKib) {}

  /** The heap verdict: min and max from minute 5 on, and whether they are within 10%. */
  record HeapVerdict(int samples, long minKib, long maxKib, boolean flat) {

    double growth() {
      return minKib == 0 ? 0 : (double) (maxKib - minKib) / minKib;
    }
  }

  /** The verdict on the samples from minute 5 to minute {@code last} (the run's length). */
  static HeapVerdict heapVerdict(List<HeapSample> samples, int last) {
    List<Long> judged =
        samples.stream()
            .filter(s -> s.minute() >= HEAP_FROM_MINUTE && s.minute() <= last)
            .map(HeapSample::liveKib)
            .toList();
    if (judged.size() < 2) {
      return new HeapVerdict(judged.size(), 0, 0, false);
    }
    long min = judged.stream().mapToLong(Long::longValue).min().orElseThrow();
    long max = judged.stream().mapToLong(Long::longValue).max().orElseThrow();
    return new HeapVerdict(judged.size(), min, max, max <= min * (1 + HEAP_TOLERANCE));
  }

  static List<HeapSample> readHeap(Path csv) throws IOException {
    List<HeapSample> samples = new ArrayList<>();
    if (!Files.exists(csv)) {
      return samples;
    }
    for (String line : Files.readAllLines(csv)) {
      String[] f = line.split(",");
      if (f.length >= 3 && f[0].matches("\\d+") && f[1].matches("\\d+")) {
        long used = Long.parseLong(f[1]);
        samples.add(
            new HeapSample(
                Integer.parseInt(f[0]),
                used,
                f[2].matches("\\d+") ? Long.parseLong(f[2]) : 0,
                f.length >= 5 && f[4].matches("\\d+") ? Long.parseLong(f[4]) : used));
      }
    }
    return samples;
  }

  /**
   * The request types of the newest Gatling report under {@code gatling}, "All Requests" first,
   * read from the statistics table of its {@code index.html} (Gatling 3.15 writes no stats.json):
   * per row the name, then columns 2 (total), 4 (KO), 8 (50th percentile), 10 (95th), 11 (99th) and
   * 12 (max).
   */
  static List<RequestStats> readGatling(Path gatling) throws IOException {
    List<RequestStats> out = new ArrayList<>();
    if (!Files.isDirectory(gatling)) {
      return out;
    }
    Path index;
    try (Stream<Path> runs = Files.list(gatling)) {
      index =
          runs.map(run -> run.resolve("index.html"))
              .filter(Files::exists)
              .max(Comparator.comparing(p -> p.getParent().getFileName().toString()))
              .orElse(null);
    }
    if (index == null) {
      return out;
    }
    String html = Files.readString(index, StandardCharsets.UTF_8);
    for (String row : html.split("<tr")) {
      Matcher name = NAME.matcher(row);
      if (!name.find() || !row.contains("col-12\">")) {
        continue;
      }
      out.add(
          new RequestStats(
              name.group(1),
              column(row, 2),
              column(row, 4),
              column(row, 8),
              column(row, 10),
              column(row, 11),
              column(row, 12)));
    }
    return out;
  }

  private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

  private static long column(String row, int column) {
    Matcher m = Pattern.compile("col-" + column + "\">([0-9.,]+)</td>").matcher(row);
    return m.find() ? Math.round(Double.parseDouble(m.group(1).replace(",", ""))) : 0;
  }

  private static Properties properties(Path file) throws IOException {
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    }
    return p;
  }

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/soak");
    Properties meta = properties(out.resolve("meta.properties"));
    Properties check = properties(out.resolve("check.properties"));
    List<HeapSample> heap = readHeap(out.resolve("heap.csv"));
    int minutes = Integer.parseInt(meta.getProperty("minutes", "30"));
    HeapVerdict verdict = heapVerdict(heap, minutes);
    List<RequestStats> requests = readGatling(out.resolve("gatling"));
    long errors = requests.isEmpty() ? -1 : requests.get(0).ko();
    long lost = Long.parseLong(check.getProperty("answers_lost", "-1"));
    boolean checked = "true".equals(check.getProperty("passed"));
    boolean gatlingOk = "0".equals(meta.getProperty("gatling_status"));

    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "Soak run of %s (commit %s): %s virtual users (%s therapists), %s minutes, server heap"
                + " limit %s; %s cores, load average %s at the start and %s at the end.%n%n",
            meta.getProperty("started", "?"),
            meta.getProperty("commit", "?"),
            meta.getProperty("users", "?"),
            meta.getProperty("therapists", "?"),
            meta.getProperty("minutes", "?"),
            meta.getProperty("heap_limit", "?"),
            meta.getProperty("cores", "?"),
            meta.getProperty("load_at_start", "?"),
            meta.getProperty("load_at_end", "?")));
    md.append(
        String.format(
            Locale.ROOT,
            "- Errors: %d failed requests of %d%s.%n",
            errors,
            requests.isEmpty() ? 0 : requests.get(0).total(),
            gatlingOk ? "" : " (Gatling's assertion failed)"));
    md.append(
        String.format(
            Locale.ROOT,
            "- Lost answers: %d of %s checked (%s answers acknowledged; %s submits and %s check-ins"
                + " acknowledged, %s and %s missing; %s problems).%n",
            lost,
            check.getProperty("answers_checked", "?"),
            check.getProperty("answers_acknowledged", "?"),
            check.getProperty("submits_checked", "?"),
            check.getProperty("checkins_acknowledged", "?"),
            check.getProperty("submits_missing", "?"),
            check.getProperty("checkins_missing", "?"),
            check.getProperty("problems", "?")));
    if (verdict.samples() < 2) {
      md.append(
          String.format(
              Locale.ROOT,
              "- Heap after a full GC: too few samples from minute %d on (%d) to judge.%n",
              HEAP_FROM_MINUTE,
              verdict.samples()));
    } else {
      md.append(
          String.format(
              Locale.ROOT,
              "- Heap that survived a full GC, minute %d to %d: %.1f to %.1f MiB, %.1f%% apart: %s.%n",
              HEAP_FROM_MINUTE,
              Math.min(minutes, heap.get(heap.size() - 1).minute()),
              verdict.minKib() / 1024.0,
              verdict.maxKib() / 1024.0,
              verdict.growth() * 100,
              verdict.flat() ? "flat (within 10%)" : "NOT flat (more than 10%)"));
    }
    if (minutes >= 20) {
      HeapVerdict late = heapVerdict(heap.stream().filter(h -> h.minute() >= 15).toList(), minutes);
      if (late.samples() >= 2) {
        md.append(
            String.format(
                Locale.ROOT,
                "- For comparison, minute 15 to %d: %.1f to %.1f MiB, %.1f%% apart.%n",
                minutes,
                late.minKib() / 1024.0,
                late.maxKib() / 1024.0,
                late.growth() * 100));
      }
    }
    md.append("\n| request | count | failed | p50 ms | p95 ms | p99 ms | max ms |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|\n");
    for (RequestStats r : requests) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %,d | %d | %d | %d | %d | %d |%n",
              r.name(),
              r.total(),
              r.ko(),
              r.p50(),
              r.p95(),
              r.p99(),
              r.max()));
    }
    md.append(
        "\nMinute by minute, MiB: what survived the full GC / used when GC.heap_info ran / RSS: ");
    List<String> cells = new ArrayList<>();
    for (HeapSample s : heap) {
      cells.add(
          String.format(
              Locale.ROOT,
              "%d: %.0f/%.0f/%d",
              s.minute(),
              s.liveKib() / 1024.0,
              s.heapKib() / 1024.0,
              s.rssMib()));
    }
    md.append(String.join(", ", cells)).append(".\n");
    Files.writeString(out.resolve("results.md"), md.toString());
    System.out.print(md);

    boolean heapOk = verdict.samples() < 2 || verdict.flat();
    boolean passed = errors == 0 && lost == 0 && checked && gatlingOk && heapOk;
    System.exit(passed ? 0 : 1);
  }
}
