package org.painwise.outcome;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An answer on the 0–10 scale of a form ({@link Measure#MIN} to {@link Measure#MAX}): required
 * ("{outcome.checkin.required}") and within the scale ("{outcome.checkin.range}"), each rule with
 * its own message, as the check-in and the session forms show them.
 */
@NotNull(message = "{outcome.checkin.required}")
@Min(value = Measure.MIN, message = "{outcome.checkin.range}")
@Max(value = Measure.MAX, message = "{outcome.checkin.range}")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface ScaleAnswer {

  String message() default "{outcome.checkin.range}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
