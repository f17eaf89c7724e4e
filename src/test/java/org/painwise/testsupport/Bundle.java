package org.painwise.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The English texts that the browser tests expect, by message key, so that a test names the key and
 * never repeats a sentence. English is the browser's language in the tests ({@code --lang=en}).
 *
 * <p>The three bundles are read from the classpath, that is from {@code src/main/resources}: {@code
 * i18n/messages.properties} (the views and {@code config.Messages}), {@code i18n/faces.properties}
 * (the Faces converter and validator messages) and {@code ValidationMessages.properties} (Bean
 * Validation).
 */
public final class Bundle {

  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final ResourceBundle MESSAGES = load("/i18n/messages.properties");
  private static final ResourceBundle MESSAGES_FR = load("/i18n/messages_fr.properties");
  private static final ResourceBundle FACES = load("/i18n/faces.properties");
  private static final ResourceBundle VALIDATION = load("/ValidationMessages.properties");

  /** Stands for an {@link #any} argument while a pattern is built. */
  private static final String MARK = "\u0000";

  private record Any(String regex) {}

  private Bundle() {}

  /**
   * A message as {@code config.Messages.text} makes it: the pattern alone without arguments,
   * otherwise formatted with {@link MessageFormat}.
   */
  public static String text(String key, Object... args) {
    String pattern = pattern(MESSAGES, key);
    return args.length == 0 ? pattern : format(pattern, args);
  }

  /** A message of the French bundle, for a test whose browser reads French ({@code --lang=fr}). */
  public static String french(String key) {
    return pattern(MESSAGES_FR, key);
  }

  /**
   * A message in French (Canadian French, {@code messages_fr}), for the tests of the language
   * switch: the pattern alone without arguments, otherwise formatted.
   */
  public static String french(String key, Object... args) {
    String pattern = pattern(MESSAGES_FR, key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.FRENCH).format(args);
  }

  /**
   * A message always formatted with {@link MessageFormat}, as {@code h:outputFormat} and the import
   * problems ({@code quiz.view.ProblemText}) do, even without arguments.
   */
  public static String formatted(String key, Object... args) {
    return format(pattern(MESSAGES, key), args);
  }

  /**
   * A Faces message of {@code i18n/faces.properties}, e.g. a required field or a bean violation.
   */
  public static String faces(String key, Object... args) {
    return format(pattern(FACES, key), args);
  }

  /** A Bean Validation message of {@code ValidationMessages.properties} on its own (global). */
  public static String validation(String constraintKey) {
    return VALIDATION.getString(constraintKey);
  }

  /**
   * A Bean Validation message of {@code ValidationMessages.properties} as a field shows it: {@code
   * "Email: please fill this in."} through Faces' {@code BeanValidator.MESSAGE}.
   */
  public static String violation(String constraintKey, String fieldLabel) {
    return faces(
        "jakarta.faces.validator.BeanValidator.MESSAGE",
        pattern(VALIDATION, constraintKey),
        fieldLabel);
  }

  /**
   * A pattern that matches the message of {@code key} whatever its arguments are, for a test that
   * cannot know an argument (a version number): each {@code {n}} matches any text.
   */
  public static Pattern anyArguments(String key) {
    int count =
        new MessageFormat(pattern(MESSAGES, key), ENGLISH).getFormatsByArgumentIndex().length;
    Object[] args = new Object[count];
    java.util.Arrays.fill(args, any(".+?"));
    return matching(key, args);
  }

  /**
   * A pattern that matches the message of {@code key} with these arguments, where an argument made
   * with {@link #any(String)} matches its regular expression, e.g. {@code matching(
   * "educator_import.problem.where", "4", any("\\d+"), message)} for "Line 4, column 7: …".
   */
  public static Pattern matching(String key, Object... args) {
    Object[] marked = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      marked[i] = args[i] instanceof Any ? MARK + i + MARK : args[i];
    }
    String[] parts = format(pattern(MESSAGES, key), marked).split(MARK, -1);
    StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
    for (int i = 1; i + 1 < parts.length; i += 2) {
      regex.append("(?:").append(((Any) args[Integer.parseInt(parts[i])]).regex()).append(')');
      regex.append(Pattern.quote(parts[i + 1]));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  /** An argument of {@link #matching} that stands for any text matching {@code regex}. */
  public static Object any(String regex) {
    return new Any(regex);
  }

  private static String format(String pattern, Object... args) {
    return new MessageFormat(pattern, ENGLISH).format(args);
  }

  private static String pattern(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new AssertionError("No message key " + key + " in the bundle", e);
    }
  }

  private static ResourceBundle load(String resource) {
    try (InputStream in = Bundle.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test classpath");
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
