package org.painwise.bench.soak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.painwise.testsupport.FacesClient;

/**
 * After a soak run: is every acknowledged answer in the database? For each patient of the ledger
 * ({@link SoakLedger}) it signs in and reads the patient's own export ({@code
 * /patient/export.json}, the attempts with each stored answer), and compares, for each attempt and
 * question, the last answer the server acknowledged with the stored one. A submitted attempt is
 * found by its module and number (read off its result page); an attempt still open by its module
 * (one open attempt per module at most). An answer missing or different is lost. It also counts the
 * check-ins: a fresh account must hold exactly those acknowledged, a seeded one at least them.
 *
 * <p>{@code java ... SoakCheck BASE_URL LEDGER [seeded]}: prints the summary, writes it beside the
 * ledger ({@code check.properties}) and exits 1 when anything was lost or a user hit a problem.
 */
public final class SoakCheck {

  /** What the check found. */
  public record Result(
      int accounts,
      int answersAcknowledged,
      int answersChecked,
      int answersLost,
      int submitsChecked,
      int submitsMissing,
      int checkinsAcknowledged,
      int checkinsMissing,
      List<String> problems,
      List<String> details) {

    public boolean passed() {
      return answersLost == 0
          && submitsMissing == 0
          && checkinsMissing == 0
          && problems.isEmpty()
          && details.isEmpty();
    }

    public String summary() {
      return String.format(
          "%d patients: %d answers acknowledged, %d checked (the last one of each attempt and"
              + " question), %d lost; %d submits checked, %d missing; %d check-ins acknowledged,"
              + " %d missing; %d problems%s",
          accounts,
          answersAcknowledged,
          answersChecked,
          answersLost,
          submitsChecked,
          submitsMissing,
          checkinsAcknowledged,
          checkinsMissing,
          problems.size(),
          details.isEmpty() && problems.isEmpty()
              ? ""
              : "\n  " + String.join("\n  ", concat(problems, details)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all.subList(0, Math.min(all.size(), 40));
    }
  }

  /** One attempt as the ledger saw it: its answers (question number to last value), its number. */
  private static final class AttemptSeen {
    final String module;
    final Map<Integer, String> answers = new TreeMap<>();
    Integer number;

    AttemptSeen(String module) {
      this.module = module;
    }
  }

  private static final class PatientSeen {
    final Map<Long, AttemptSeen> attempts = new LinkedHashMap<>();
    int checkins;
    int answers;
  }

  private SoakCheck() {}

  public static Result check(URL base, Path ledger, boolean seeded) {
    List<String> problems = new ArrayList<>();
    Map<String, PatientSeen> patients = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(ledger, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        switch (f[0]) {
          case "answer" -> {
            PatientSeen p = patients.computeIfAbsent(f[1], k -> new PatientSeen());
            p.answers++;
            p.attempts
                .computeIfAbsent(Long.parseLong(f[3]), k -> new AttemptSeen(f[2]))
                .answers
                .put(Integer.parseInt(f[4]), f[5]);
          }
          case "submitted" ->
              patients
                      .computeIfAbsent(f[1], k -> new PatientSeen())
                      .attempts
                      .computeIfAbsent(Long.parseLong(f[3]), k -> new AttemptSeen(f[2]))
                      .number =
                  Integer.parseInt(f[4]);
          case "checkin" -> patients.computeIfAbsent(f[1], k -> new PatientSeen()).checkins++;
          case "problem" -> problems.add(line.replace('\t', ' '));
          default -> problems.add("unknown ledger line: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    int[] totals = new int[7]; // acknowledged, checked, lost, submits, missing, checkins, missing
    List<String> details = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> each = new ArrayList<>();
      patients.forEach(
          (email, seen) ->
              each.add(pool.submit(() -> checkOne(base, email, seen, seeded, details))));
      for (Future<int[]> f : each) {
        int[] counts = f.get();
        for (int i = 0; i < totals.length; i++) {
          totals[i] += counts[i];
        }
      }
    } catch (Exception e) {
      throw new IllegalStateException("the check could not read the exports", e);
    } finally {
      pool.shutdownNow();
    }
    return new Result(
        patients.size(),
        totals[0],
        totals[1],
        totals[2],
        totals[3],
        totals[4],
        totals[5],
        totals[6],
        problems,
        new ArrayList<>(details));
  }

  private static int[] checkOne(
      URL base, String email, PatientSeen seen, boolean seeded, List<String> details)
      throws IOException {
    FacesClient client = new FacesClient(base);
    FacesClient.Page login = client.login(email, SoakSettings.PASSWORD);
    if (!login.isRedirect()) {
      details.add(email + ": could not sign in to check (status " + login.status() + ")");
    }
    FacesClient.Page export = client.get("/patient/export.json");
    if (export.status() != 200) {
      details.add(email + ": export answered " + export.status());
      return new int[7];
    }
    JsonNode json = new ObjectMapper().readTree(export.body());
    int[] counts = new int[7];
    counts[0] = seen.answers;
    for (Map.Entry<Long, AttemptSeen> entry : seen.attempts.entrySet()) {
      AttemptSeen attempt = entry.getValue();
      List<JsonNode> matches = new ArrayList<>();
      for (JsonNode a : json.path("quizAttempts")) {
        boolean sameModule = a.path("module").asText().equals(attempt.module);
        boolean open = a.path("submittedAt").isNull();
        if (sameModule
            && (attempt.number == null ? open : a.path("attempt").asInt() == attempt.number)) {
          matches.add(a);
        }
      }
      if (attempt.number != null) {
        counts[3]++;
        if (matches.size() != 1 || matches.get(0).path("submittedAt").isNull()) {
          counts[4]++;
          details.add(
              email
                  + ": attempt "
                  + attempt.number
                  + " at "
                  + attempt.module
                  + " is not submitted");
        }
      }
      if (matches.size() != 1) {
        counts[1] += attempt.answers.size();
        counts[2] += attempt.answers.size();
        details.add(
            email
                + ": attempt id "
                + entry.getKey()
                + " at "
                + attempt.module
                + " found "
                + matches.size()
                + " times in the export");
        continue;
      }
      Map<Integer, String> stored = new TreeMap<>();
      for (JsonNode answer : matches.get(0).path("answers")) {
        stored.put(answer.path("number").asInt(), answer.path("response").asText());
      }
      attempt.answers.forEach(
          (question, value) -> {
            counts[1]++;
            if (!value.equals(stored.get(question))) {
              counts[2]++;
              details.add(
                  String.format(
                      "%s: attempt id %d at %s, question %d: acknowledged %s, stored %s",
                      email,
                      entry.getKey(),
                      attempt.module,
                      question,
                      value,
                      stored.get(question)));
            }
          });
    }
    counts[5] = seen.checkins;
    int found = json.path("checkins").size();
    if (seeded ? found < seen.checkins : found != seen.checkins) {
      counts[6] = Math.max(0, seen.checkins - found);
      details.add(email + ": " + seen.checkins + " check-ins acknowledged, " + found + " stored");
    }
    return counts;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: SoakCheck BASE_URL LEDGER [seeded]");
      System.exit(2);
    }
    URL base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/").toURL();
    Path ledger = Path.of(args[1]);
    Result result = check(base, ledger, args.length > 2 && args[2].equals("seeded"));
    System.out.println(result.summary());
    Files.writeString(
        ledger.resolveSibling("check.properties"),
        String.join(
            "\n",
            "accounts=" + result.accounts(),
            "answers_acknowledged=" + result.answersAcknowledged(),
            "answers_checked=" + result.answersChecked(),
            "answers_lost=" + result.answersLost(),
            "submits_checked=" + result.submitsChecked(),
            "submits_missing=" + result.submitsMissing(),
            "checkins_acknowledged=" + result.checkinsAcknowledged(),
            "checkins_missing=" + result.checkinsMissing(),
            "problems=" + result.problems().size(),
            "passed=" + result.passed(),
            ""));
    System.exit(result.passed() ? 0 : 1);
  }
}
