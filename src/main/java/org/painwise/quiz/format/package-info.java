/**
 * Reading and writing quiz questions in Moodle GIFT and Moodle XML.
 *
 * <p>The model is neutral and format independent: {@link org.painwise.quiz.format.ParsedQuestion}
 * with its {@link org.painwise.quiz.format.Choice}s. Readers ({@link
 * org.painwise.quiz.format.GiftReader}, {@link org.painwise.quiz.format.MoodleXmlReader}) never
 * throw for bad content: they return a {@link org.painwise.quiz.format.ParseResult} with the
 * questions they could read and a list of {@link org.painwise.quiz.format.Problem}s, each with a
 * line, a column, a message key of {@code i18n/messages} and its arguments: this package holds no
 * text for people, the view formats it in the reader's language. Question types the model does not
 * cover (essay, description, cloze, calculated...) are reported by name and skipped. Writers
 * ({@link org.painwise.quiz.format.GiftWriter}, {@link org.painwise.quiz.format.MoodleXmlWriter})
 * turn the model back into text.
 *
 * <p>Only null arguments and I/O failures raise {@link
 * org.painwise.quiz.format.QuizFormatException}.
 */
package org.painwise.quiz.format;
