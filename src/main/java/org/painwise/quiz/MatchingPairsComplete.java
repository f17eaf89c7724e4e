package org.painwise.quiz;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.painwise.quiz.format.QuestionType;

/** A matching question has at least {@value #MIN_PAIRS} pairs with both sides filled in. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = MatchingPairsComplete.Validator.class)
public @interface MatchingPairsComplete {

  int MIN_PAIRS = 2;

  String message() default "{quiz.rule.matchingPairs}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link MatchingPairsComplete}. */
  class Validator implements ConstraintValidator<MatchingPairsComplete, QuestionContent> {

    @Override
    public boolean isValid(QuestionContent question, ConstraintValidatorContext context) {
      return question == null
          || question.getType() != QuestionType.MATCHING
          || question.choices().stream()
                  .filter(c -> !c.getText().isBlank() && !c.getMatchText().isBlank())
                  .count()
              >= MIN_PAIRS;
    }
  }
}
