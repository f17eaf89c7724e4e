package org.painwise.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.painwise.quiz.format.QuestionType;

/**
 * The rules of the {@link Publishable} group, each broken on its own, name themselves by message
 * key. The unit-test classpath has no Bean Validation provider, so {@link #publishingProblems} runs
 * the group's class-level constraints through their own validators, as the provider does
 * (QuizServiceIT checks the same through the server's validator and {@code publish}).
 */
class PublishableTest {

  @ParameterizedTest
  @EnumSource(
      value = QuestionType.class,
      names = {"MATCHING"},
      mode = EnumSource.Mode.EXCLUDE)
  void aQuestionWithoutACorrectAnswerBreaksTheCorrectAnswerRule(QuestionType type) {
    QuestionDraft q = new QuestionDraft(type, "Which?");
    q.addChoice("this", 0, "");
    q.addChoice("that", -50, "");

    assertEquals(List.of("quiz.rule.noCorrectAnswer"), publishingProblems(q));
  }

  @Test
  void aQuestionWithACorrectAnswerIsPublishable() {
    QuestionDraft q = new QuestionDraft(QuestionType.MULTIPLE_CHOICE, "Which?");
    q.addChoice("this", 50, "");
    q.addChoice("that", 0, "");

    assertEquals(List.of(), publishingProblems(q));
  }

  @Test
  void aMatchingQuestionWithOneCompletePairBreaksTheMatchingRuleOnly() {
    QuestionDraft q = new QuestionDraft(QuestionType.MATCHING, "Match them.");
    q.addChoice("alarm", 0, "").setMatchText("warns");
    q.addChoice("brain", 0, "");
    q.addChoice("", 0, "").setMatchText("decides");

    assertEquals(List.of("quiz.rule.matchingPairs"), publishingProblems(q));
  }

  @Test
  void aMatchingQuestionWithTwoCompletePairsIsPublishable() {
    QuestionDraft q = new QuestionDraft(QuestionType.MATCHING, "Match them.");
    q.addChoice("alarm", 0, "").setMatchText("warns");
    q.addChoice("brain", 0, "").setMatchText("decides");

    assertEquals(List.of(), publishingProblems(q));
  }

  @Test
  void theBankAndPublishedVersionsCarryTheSameRules() {
    assertEquals(
        List.of(HasCorrectAnswer.class, MatchingPairsComplete.class),
        publishable(Question.class).stream().map(Annotation::annotationType).toList());
    assertEquals(
        publishable(Question.class).stream().map(Annotation::annotationType).toList(),
        publishable(VersionQuestion.class).stream().map(Annotation::annotationType).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void everyRuleHasItsMessageInEnglishAndFrench(String language) {
    ResourceBundle messages =
        ResourceBundle.getBundle(
            "ValidationMessages",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    for (String key : List.of("quiz.rule.noCorrectAnswer", "quiz.rule.matchingPairs")) {
      assertFalse(messages.getString(key).isBlank(), key);
    }
    assertEquals(
        language.equals("fr"),
        messages.getString("quiz.rule.matchingPairs").startsWith("une "),
        "the " + language + " bundle answers in " + language);
  }

  /** The message keys of the Publishable-group constraints that {@code question} breaks. */
  private static List<String> publishingProblems(QuestionContent question) {
    List<String> keys = new ArrayList<>();
    for (Annotation constraint : publishable(question.getClass())) {
      for (Class<? extends ConstraintValidator<?, ?>> type :
          constraint.annotationType().getAnnotation(Constraint.class).validatedBy()) {
        if (!isValid(type, constraint, question)) {
          keys.add(QuizNotPublishableException.Unpublishable.key(attribute(constraint, "message")));
        }
      }
    }
    return keys;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static boolean isValid(
      Class<? extends ConstraintValidator<?, ?>> type, Annotation constraint, Object value) {
    try {
      ConstraintValidator validator = type.getDeclaredConstructor().newInstance();
      validator.initialize(constraint);
      return validator.isValid(value, null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The class-level constraints in the Publishable group of a type and its superclasses. */
  private static List<Annotation> publishable(Class<?> type) {
    List<Annotation> found = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Annotation a : c.getDeclaredAnnotations()) {
        if (a.annotationType().isAnnotationPresent(Constraint.class)) {
          Class<?>[] groups = attribute(a, "groups");
          if (List.of(groups).contains(Publishable.class)) {
            found.add(a);
          }
        }
      }
    }
    return found;
  }

  @SuppressWarnings("unchecked")
  private static <T> T attribute(Annotation a, String name) {
    try {
      return (T) a.annotationType().getMethod(name).invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
