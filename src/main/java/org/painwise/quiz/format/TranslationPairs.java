package org.painwise.quiz.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which question of a translated quiz file translates which question of the English quiz: the one
 * with the same id token at the start of its name ({@code ::Q3 Titre::} translates {@code ::Q3
 * Title::}), or, when the translated question has no token, the one at the same position. A
 * translation must fit its English question: the same type, and the same answers in the same order
 * with the same credit; a short answer may accept other (and more) answers, at least one of them
 * for full credit; matching pairs need only the same number of pairs.
 */
public final class TranslationPairs {

  private static final Pattern ID_TOKEN = Pattern.compile("^(Q\\d+)(?:\\s|$)");
  private static final BigDecimal FULL = BigDecimal.valueOf(100);

  /** Why a translated question does not stand for an English one. */
  public enum Reason {
    /** No English question has its id token (or, without one, its position). */
    NO_ENGLISH_QUESTION,
    /** Another English question type. */
    OTHER_TYPE,
    /** Another number of answers. */
    OTHER_ANSWER_COUNT,
    /** An answer with another credit than the English answer at its position. */
    OTHER_CREDIT,
    /** A short answer whose answers earn no full credit. */
    NO_FULL_CREDIT,
    /** A second translation of the same English question in the file. */
    SECOND_TRANSLATION
  }

  /** A translated question that is not used, and why. */
  public record Misfit(ParsedQuestion translated, Reason reason) {
    @Override
    public String toString() {
      return "line " + translated.line() + " (" + translated.title() + "): " + reason;
    }
  }

  /**
   * @param byEnglish the translated question of each English one that has one, by the English
   *     question's index
   * @param misfits the translated questions that are not used
   */
  public record Result(Map<Integer, ParsedQuestion> byEnglish, List<Misfit> misfits) {}

  private TranslationPairs() {}

  public static Result pair(List<ParsedQuestion> english, List<ParsedQuestion> translated) {
    Map<Integer, ParsedQuestion> byEnglish = new LinkedHashMap<>();
    List<Misfit> misfits = new ArrayList<>();
    for (int i = 0; i < translated.size(); i++) {
      ParsedQuestion t = translated.get(i);
      Optional<Integer> target = target(english, t, i);
      Optional<Reason> misfit =
          target.isEmpty()
              ? Optional.of(Reason.NO_ENGLISH_QUESTION)
              : misfit(english.get(target.get()), t);
      if (misfit.isEmpty() && byEnglish.containsKey(target.get())) {
        misfit = Optional.of(Reason.SECOND_TRANSLATION);
      }
      if (misfit.isPresent()) {
        misfits.add(new Misfit(t, misfit.get()));
      } else {
        byEnglish.put(target.get(), t);
      }
    }
    return new Result(byEnglish, misfits);
  }

  /** The id token at the start of a question's name ("Q3"), if it has one. */
  public static Optional<String> idToken(String title) {
    Matcher m = ID_TOKEN.matcher(title.strip());
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Integer> target(
      List<ParsedQuestion> english, ParsedQuestion translated, int index) {
    Optional<String> token = idToken(translated.title());
    if (token.isPresent()) {
      for (int i = 0; i < english.size(); i++) {
        if (token.equals(idToken(english.get(i).title()))) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    }
    return index < english.size() ? Optional.of(index) : Optional.empty();
  }

  /** Why {@code translated} cannot stand for {@code english}, if it cannot. */
  public static Optional<Reason> misfit(ParsedQuestion english, ParsedQuestion translated) {
    if (english.type() != translated.type()) {
      return Optional.of(Reason.OTHER_TYPE);
    }
    if (english.type() == QuestionType.SHORT_ANSWER) {
      return translated.choices().stream().anyMatch(c -> c.weight().compareTo(FULL) >= 0)
          ? Optional.empty()
          : Optional.of(Reason.NO_FULL_CREDIT);
    }
    if (english.choices().size() != translated.choices().size()) {
      return Optional.of(Reason.OTHER_ANSWER_COUNT);
    }
    if (english.type() != QuestionType.MATCHING) {
      for (int i = 0; i < english.choices().size(); i++) {
        if (english.choices().get(i).weight().compareTo(translated.choices().get(i).weight())
            != 0) {
          return Optional.of(Reason.OTHER_CREDIT);
        }
      }
    }
    return Optional.empty();
  }
}
