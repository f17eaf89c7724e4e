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

/** A question other than matching has at least one answer that earns credit. */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = HasCorrectAnswer.Validator.class)
public @interface HasCorrectAnswer {

  String message() default "{quiz.rule.noCorrectAnswer}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks {@link HasCorrectAnswer}. */
  class Validator implements ConstraintValidator<HasCorrectAnswer, QuestionContent> {

    @Override
    public boolean isValid(QuestionContent question, ConstraintValidatorContext context) {
      return question == null
          || question.getType() == null
          || question.getType() == QuestionType.MATCHING
          || question.choices().stream().anyMatch(ChoiceContent::isCorrect);
    }
  }
}
