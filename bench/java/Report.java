import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Turns the rows that bench/run.sh measured (OUT/rows/*.properties, OUT/meta.properties) into
 * OUT/results.json and OUT/results.md, checks each row against its target, and prints the table.
 *
 * <pre>Report OUT_DIR</pre>
 */
public final class Report {

  private Report() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    Map<String, String> meta = load(out.resolve("meta.properties"));
    List<Map<String, String>> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(out.resolve("rows"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        rows.add(load(file));
      }
    }
    Map<String, String> staticRow = rows.stream().filter(r -> "static".equals(r.get("id")))
        .findFirst().orElse(Map.of());

    List<Map<String, Object>> results = new ArrayList<>();
    for (Map<String, String> row : rows) {
      results.add(evaluate(row, staticRow));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("meta", typed(meta));
    json.put("rows", results);
    Files.writeString(out.resolve("results.json"), toJson(json, "") + "\n");
    String table = table(results);
    Files.writeString(out.resolve("results.md"), markdown(meta, results, table));
    System.out.println();
    System.out.print(table);
    System.out.printf("%nWritten: %s and %s%n", out.resolve("results.json"),
        out.resolve("results.md"));
  }

  // --- checks -----------------------------------------------------------------------------------

  private static Map<String, Object> evaluate(Map<String, String> row,
      Map<String, String> staticRow) {
    Map<String, Object> result = typed(row);
    String kind = row.getOrDefault("kind", "load");
    List<String> failed = new ArrayList<>();
    boolean checked = false;
    Double ratio = null;
    // The share of the static file's req/s, for rows measured at the same number of connections.
    double staticRps = number(staticRow, "rps");
    if ("load".equals(kind) && staticRps > 0 && !"static".equals(row.get("id"))
        && Objects.equals(row.get("connections"), staticRow.get("connections"))) {
      ratio = number(row, "rps") / staticRps;
      result.put("ratio_to_static", round(ratio, 3));
    }
    // What the server would serve with every core to itself, at its measured CPU per request.
    if (row.containsKey("cpu_ms_per_request") && row.containsKey("cores")) {
      result.put("rps_on_free_cores",
          round(number(row, "cores") * 1000 / number(row, "cpu_ms_per_request"), 0));
    }
    if (!Boolean.parseBoolean(row.getOrDefault("available", "true"))) {
      result.put("met", null);
      result.put("result", "not yet available");
      return result;
    }
    if (row.containsKey("target_min_rps")) {
      checked = true;
      check(failed, number(row, "rps") >= number(row, "target_min_rps"),
          fmt(number(row, "rps"), 0) + " req/s < " + row.get("target_min_rps"));
    }
    if (row.containsKey("target_max_p99_ms")) {
      checked = true;
      check(failed, number(row, "p99_ms") < number(row, "target_max_p99_ms"),
          "p99 " + fmt(number(row, "p99_ms"), 1) + " ms ≥ " + row.get("target_max_p99_ms") + " ms");
    }
    if (row.containsKey("target_min_static_ratio")) {
      checked = true;
      check(failed, ratio != null && ratio >= number(row, "target_min_static_ratio"),
          (ratio == null ? "no static row" : fmt(ratio * 100, 0) + "% of static") + " < "
              + fmt(number(row, "target_min_static_ratio") * 100, 0) + "%");
    }
    if (row.containsKey("target_max_seconds")) {
      checked = true;
      check(failed, number(row, "seconds") < number(row, "target_max_seconds"),
          row.get("seconds") + " s ≥ " + row.get("target_max_seconds") + " s");
    }
    if (row.containsKey("target_max_heap_mib")) {
      checked = true;
      check(failed, number(row, "heap_projected_mib") < number(row, "target_max_heap_mib"),
          "heap at 10,000 sessions " + row.get("heap_projected_mib") + " MiB ≥ "
              + row.get("target_max_heap_mib") + " MiB");
    }
    if (row.containsKey("errors")) {
      check(failed, number(row, "errors") == 0, row.get("errors") + " errors");
    }
    // Answers counted in the database after the quiz answer load.
    if (row.containsKey("answers_lost")) {
      checked = true;
      check(failed, number(row, "answers_checked") > 0, "no acknowledged answer to check");
      check(failed, number(row, "answers_lost") == 0, row.get("answers_lost") + " lost answers");
      check(failed, number(row, "answers_duplicated") == 0,
          row.get("answers_duplicated") + " duplicated answers");
      check(failed, number(row, "answers_unexpected") == 0,
          row.get("answers_unexpected") + " stored answers that were never sent");
    }
    // A fixed number of statements: the same for every request, and for a few clients as for many.
    if (row.containsKey("target_fixed_sql")) {
      checked = true;
      double sql = number(row, "sql_per_request");
      check(failed, !Double.isNaN(sql) && sql == Math.rint(sql),
          "statements per request vary (" + row.get("sql_per_request") + " on average)");
      if (row.containsKey("sql_per_request_few_clients")) {
        check(failed, sql == number(row, "sql_per_request_few_clients"),
            row.get("sql_per_request") + " statements with " + row.get("clients") + " clients, "
                + row.get("sql_per_request_few_clients") + " with " + row.get("few_clients"));
      }
    }
    // What a page returned: the number of rows and their order, against the database.
    if (row.containsKey("rows_expected")) {
      checked = true;
      check(failed, number(row, "rows_returned") == number(row, "rows_expected"),
          row.get("rows_returned") + " rows instead of " + row.get("rows_expected"));
      check(failed, "ok".equals(row.get("order_check")), "order " + row.get("order_check"));
    }
    result.put("failed_checks", failed);
    if (!checked) {
      result.put("met", null);
      result.put("result", failed.isEmpty() ? "ceiling" : "errors: " + String.join("; ", failed));
    } else {
      result.put("met", failed.isEmpty());
      result.put("result", failed.isEmpty() ? "met" : "not met: " + String.join("; ", failed));
    }
    return result;
  }

  private static void check(List<String> failed, boolean ok, String whyNot) {
    if (!ok) {
      failed.add(whyNot);
    }
  }

  // --- Markdown ---------------------------------------------------------------------------------

  private static String table(List<Map<String, Object>> rows) {
    StringBuilder md = new StringBuilder();
    md.append("| scenario | req/s | p50 ms | p99 ms | errors | server CPU ms/req | RSS MiB"
        + " | heap after GC MiB | figure | target | result |\n");
    md.append("|---|--:|--:|--:|--:|--:|--:|--:|---|---|---|\n");
    for (Map<String, Object> r : rows) {
      boolean load = "load".equals(r.get("kind"));
      md.append("| ").append(r.get("title"))
          .append(" | ").append(load ? cell(r, "rps", 0) : "")
          .append(" | ").append(load ? cell(r, "p50_ms", 1) : "")
          .append(" | ").append(load ? cell(r, "p99_ms", 1) : "")
          .append(" | ").append(cell(r, "errors", 0))
          .append(" | ").append(cell(r, "cpu_ms_per_request", 2))
          .append(" | ").append(cell(r, "rss_mib", 0))
          .append(" | ").append(cell(r, "heap_mib", 0))
          .append(" | ").append(figure(r))
          .append(" | ").append(r.get("target"))
          .append(" | ").append(r.get("result"))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String figure(Map<String, Object> r) {
    List<String> parts = new ArrayList<>();
    switch (String.valueOf(r.get("kind"))) {
      case "start" -> {
        parts.add(fmt(((Number) r.get("seconds")).doubleValue(), 1) + " s");
        if (r.get("seconds_without_archive") != null) {
          parts.add(fmt(((Number) r.get("seconds_without_archive")).doubleValue(), 1)
              + " s without the class-data archive");
        }
      }
      case "memory" -> {
        parts.add(r.get("sessions") + " sessions: "
            + fmt(((Number) r.get("bytes_per_session")).doubleValue() / 1024, 1) + " KiB/session");
        parts.add("at 10,000: " + r.get("heap_projected_mib") + " MiB");
      }
      case "load" -> {
        if (r.get("ratio_to_static") != null) {
          parts.add(fmt((Double) r.get("ratio_to_static") * 100, 0) + "% of static");
        }
        if (r.get("rps_on_free_cores") != null) {
          parts.add("≈ " + fmt(((Number) r.get("rps_on_free_cores")).doubleValue(), 0)
              + " req/s on " + r.get("cores") + " free cores");
        }
        if (r.get("answers_sent") != null) {
          parts.add(r.get("answers_sent") + " answers sent, " + r.get("answers_acknowledged")
              + " acknowledged; in the database: " + r.get("answers_lost") + " lost, "
              + r.get("answers_duplicated") + " duplicated");
        }
        if (r.get("rows_returned") != null) {
          parts.add(r.get("rows_returned") + " rows, order " + r.get("order_check"));
        }
        if (r.get("sql_per_request") != null) {
          parts.add(fmt(((Number) r.get("sql_per_request")).doubleValue(), 1)
              + (r.get("commits_per_request") == null
                  ? " SQL/request (commits not counted on PostgreSQL)"
                  : " SQL + " + fmt(((Number) r.get("commits_per_request")).doubleValue(), 1)
                      + " commits/request")
              + (r.get("sql_per_request_few_clients") == null ? ""
                  : " (" + fmt(((Number) r.get("sql_per_request_few_clients")).doubleValue(), 1)
                      + " SQL with " + r.get("few_clients") + " clients)"));
        }
      }
      default -> { }
    }
    return String.join("; ", parts);
  }

  private static String markdown(Map<String, String> meta, List<Map<String, Object>> rows,
      String table) {
    StringBuilder md = new StringBuilder();
    md.append("# Painwise benchmark: ").append(meta.get("mode")).append(" run\n\n");
    md.append(fill("{started}, commit {commit}, {wall_seconds} s in all. **Machine:** {cores}"
        + " cores ({cpu}), load average {load_at_start} at the start and {load_at_end} at the end,"
        + " {other_java_processes_at_start} Java processes running at the start. The cores are"
        + " shared with other builds, so read req/s and latency as orders of magnitude; the server"
        + " CPU per request and the ratios to the static file are the steadier measures.\n\n"
        + "**How:** {wrk} on 127.0.0.1, {connections} connections with one thread and one session"
        + " each. First {jit_warmup_s} s of load at 4 connections until the JIT settled, then"
        + " per load row up to {warmup_s} s of warm-up (until the CPU per request holds) and"
        + " {duration_s} s measured. WildFly on {database} with"
        + " -Xmx{heap_limit}; passwords hashed with {password_iterations} PBKDF2 iterations (the"
        + " benchmark measures page cost, not password hashing). Data set ({dataset_columns}):"
        + " {dataset}.\n\n", meta));
    md.append(table).append('\n');
    for (Map<String, Object> r : rows) {
      List<String> notes = new ArrayList<>();
      if (r.get("phases") != null) {
        notes.add("from launch: " + r.get("phases") + "; the start used " + r.get("cpu_seconds")
            + " s of CPU");
      }
      if (r.get("seconds_without_archive") != null) {
        notes.add("the same start without the class-data archive (" + r.get("archive_mib")
            + " MiB, written by the first start): " + r.get("seconds_without_archive") + " s, "
            + r.get("cpu_seconds_without_archive") + " s of CPU ("
            + r.get("phases_without_archive") + ")");
      }
      if (r.get("first_start_seconds") != null) {
        notes.add("the first start, on an empty database (migrations run): "
            + r.get("first_start_seconds") + " s (" + r.get("first_start_phases") + ")");
      }
      if (r.get("socket_detail") != null && ((Number) r.get("errors")).longValue() > 0) {
        notes.add("socket errors: " + r.get("socket_detail") + "; statuses: "
            + r.get("bad_statuses"));
      }
      if (r.get("server_cores") != null) {
        notes.add("warm-up " + r.get("warmup_s") + " s; cores used while measured: server "
            + r.get("server_cores") + ", wrk " + r.get("wrk_cores") + ", other processes "
            + r.get("other_cores"));
      } else if (r.get("load_1m") != null) {
        notes.add("load average " + r.get("load_1m") + " when it began");
      }
      if (r.get("answers_sent") != null) {
        notes.add("measured: the answer posts only (each session opened its quiz page before);"
            + " " + r.get("radio_questions") + " radio questions a session, answered in turn;"
            + " view state " + r.get("view_state_chars") + " characters (server-side state);"
            + " answers in the database: " + r.get("answers_checked") + " (session, question)"
            + " pairs acknowledged and checked, " + r.get("answers_lost") + " lost, "
            + r.get("answers_duplicated") + " duplicated, " + r.get("answers_unexpected")
            + " never sent");
      }
      if (r.get("first_ids") != null) {
        notes.add(r.get("clients") + " clients; " + r.get("rows_returned") + " rows returned ("
            + r.get("rows_expected") + " expected), first " + r.get("first_ids") + ": order "
            + r.get("order_check") + "; response " + r.get("response_bytes") + " bytes");
      }
      if (r.get("heap_before_mib") != null) {
        notes.add("heap after GC " + r.get("heap_before_mib") + " MiB before the sessions");
      }
      if (r.get("note") != null) {
        notes.add(String.valueOf(r.get("note")));
      }
      md.append("- **").append(r.get("id")).append("**: ").append(String.join("; ", notes))
          .append('\n');
    }
    return md.toString();
  }

  /** The template with each {key} replaced by its value. */
  private static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      text = text.replace("{" + e.getKey() + "}", e.getValue());
    }
    return text;
  }

  private static String cell(Map<String, Object> r, String key, int decimals) {
    Object v = r.get(key);
    return v instanceof Number n ? fmt(n.doubleValue(), decimals) : "";
  }

  // --- values -----------------------------------------------------------------------------------

  private static Map<String, String> load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(reader);
    }
    Map<String, String> map = new LinkedHashMap<>();
    // Properties forget the order; keep the file's.
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      int eq = line.indexOf('=');
      if (eq > 0 && p.containsKey(line.substring(0, eq))) {
        map.put(line.substring(0, eq), p.getProperty(line.substring(0, eq)));
      }
    }
    return map;
  }

  /** Numbers as numbers, true/false as booleans, the rest as text. */
  private static Map<String, Object> typed(Map<String, String> row) {
    Map<String, Object> typed = new LinkedHashMap<>();
    row.forEach((k, v) -> {
      if (v.matches("-?\\d+")) {
        typed.put(k, Long.parseLong(v));
      } else if (v.matches("-?\\d+\\.\\d+")) {
        typed.put(k, Double.parseDouble(v));
      } else if (v.equals("true") || v.equals("false")) {
        typed.put(k, Boolean.parseBoolean(v));
      } else {
        typed.put(k, v);
      }
    });
    return typed;
  }

  private static double number(Map<String, String> row, String key) {
    String v = row.get(key);
    if (v == null || v.isBlank()) {
      return Double.NaN;
    }
    // awk prints "inf" or "nan" for a division by zero (no requests or no CPU time measured on a
    // starved machine): that figure is unknown, not a reason to lose the whole report.
    String s = v.strip().toLowerCase(java.util.Locale.ROOT);
    if (s.contains("inf") || s.contains("nan")) {
      return Double.NaN;
    }
    return Double.parseDouble(v);
  }

  private static double round(double v, int decimals) {
    double f = Math.pow(10, decimals);
    return Math.round(v * f) / f;
  }

  private static String fmt(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
  }

  private static String toJson(Object value, String indent) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof Map<?, ?> map) {
      StringBuilder json = new StringBuilder("{");
      String inner = indent + "  ";
      String sep = "\n";
      for (Map.Entry<?, ?> e : map.entrySet()) {
        json.append(sep).append(inner).append(quote(e.getKey().toString())).append(": ")
            .append(toJson(e.getValue(), inner));
        sep = ",\n";
      }
      return json.append('\n').append(indent).append('}').toString();
    }
    if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        return "[]";
      }
      StringBuilder json = new StringBuilder("[");
      String inner = indent + "  ";
      String sep = "\n";
      for (Object item : list) {
        json.append(sep).append(inner).append(toJson(item, inner));
        sep = ",\n";
      }
      return json.append('\n').append(indent).append(']').toString();
    }
    return quote(value.toString());
  }

  private static String quote(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        default -> {
          if (c < 0x20) {
            q.append(String.format("\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }
}
