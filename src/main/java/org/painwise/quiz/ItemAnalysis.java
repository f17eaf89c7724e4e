package org.painwise.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.painwise.config.Languages;
import org.painwise.quiz.ItemStatistics.ChoiceStats;
import org.painwise.quiz.ItemStatistics.ItemStats;
import org.painwise.quiz.ItemStatistics.Statistics;

/**
 * Classical item analysis of one published version. The discrimination index is the share of
 * full-credit answers in the top 27% of attempts (by score) minus that in the bottom 27%.
 */
final class ItemAnalysis {

  private static final double GROUP = 0.27;

  private ItemAnalysis() {}

  static Statistics analyse(QuizVersion version, List<Answer> answers) {
    return analyse(version, answers, List.of(), Optional.empty());
  }

  /**
   * @param texts the version's translations, to mark each answer as it was read and to label the
   *     answers in {@code language}
   * @param language the attempts' language, empty for all (labels in English)
   */
  static Statistics analyse(
      QuizVersion version,
      List<Answer> answers,
      List<VersionQuestionText> texts,
      Optional<String> language) {
    Map<String, VersionQuestionText> byQuestionAndLanguage = new HashMap<>();
    texts.forEach(t -> byQuestionAndLanguage.put(t.versionQuestionId() + ":" + t.getLanguage(), t));
    java.util.function.BiFunction<VersionQuestion, String, QuestionContent> read =
        (q, lang) -> {
          VersionQuestionText t = byQuestionAndLanguage.get(q.getId() + ":" + lang);
          return t == null ? q : t.applyTo(q);
        };
    Map<Long, Attempt> attempts = new HashMap<>();
    answers.forEach(a -> attempts.putIfAbsent(a.getAttempt().getId(), a.getAttempt()));
    List<Attempt> ranked =
        attempts.values().stream()
            .sorted(Comparator.comparing(Attempt::getScorePercent).thenComparing(Attempt::getId))
            .toList();
    int group = (int) Math.round(ranked.size() * GROUP);
    Set<Long> lower = ids(ranked.subList(0, group));
    Set<Long> upper = ids(ranked.subList(ranked.size() - group, ranked.size()));
    Map<Long, List<Answer>> byQuestion =
        answers.stream().collect(Collectors.groupingBy(Answer::getQuestionId));
    List<ItemStats> items = new ArrayList<>();
    for (VersionQuestion q : version.getQuestions()) {
      List<Answer> given = byQuestion.getOrDefault(q.getId(), List.of());
      long right = given.stream().filter(ItemAnalysis::fullCredit).count();
      Optional<Double> discrimination =
          group == 0
              ? Optional.empty()
              : Optional.of((rightIn(given, upper) - rightIn(given, lower)) / group);
      Map<Integer, Long> picks = new HashMap<>();
      for (Answer a : given) {
        Scoring.mark(
                read.apply(q, a.getAttempt().getLanguage()),
                Response.decode(q.getType(), a.getResponse()))
            .picked()
            .forEach(c -> picks.merge(c.getPosition(), 1L, Long::sum));
      }
      // A short answer's accepted answers are each language's own: counted by position, they are
      // labelled in the language asked for (all languages: English; a translation's extra answers
      // are then left out).
      QuestionContent labels = read.apply(q, language.orElse(Languages.BASE));
      List<ChoiceStats> choices =
          labels.choices().stream()
              .map(
                  c ->
                      new ChoiceStats(
                          QuizText.plain(
                              labels.getType() == org.painwise.quiz.format.QuestionType.MATCHING
                                  ? c.getMatchText()
                                  : c.getText()),
                          c.isCorrect(),
                          picks.getOrDefault(c.getPosition(), 0L),
                          given.isEmpty()
                              ? 0
                              : picks.getOrDefault(c.getPosition(), 0L) / (double) given.size()))
              .toList();
      items.add(
          new ItemStats(
              q.getPosition() + 1,
              QuizText.plain(labels.getLabel()),
              given.size(),
              given.isEmpty() ? 0 : right / (double) given.size(),
              discrimination,
              choices));
    }
    return new Statistics(version.getNumber(), ranked.size(), items, language);
  }

  private static double rightIn(List<Answer> given, Set<Long> attempts) {
    return given.stream()
        .filter(a -> attempts.contains(a.getAttempt().getId()))
        .filter(ItemAnalysis::fullCredit)
        .count();
  }

  private static boolean fullCredit(Answer a) {
    return a.getScore() != null && a.getScore().compareTo(BigDecimal.ONE) >= 0;
  }

  private static Set<Long> ids(List<Attempt> attempts) {
    Set<Long> ids = new HashSet<>();
    attempts.forEach(a -> ids.add(a.getId()));
    return ids;
  }
}
