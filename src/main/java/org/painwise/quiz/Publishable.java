package org.painwise.quiz;

/**
 * The validation group of the rules a question must meet before its quiz is published ({@link
 * HasCorrectAnswer}, {@link MatchingPairsComplete}). A draft that breaks them can still be saved in
 * the bank; {@link QuizPublishing#publish} refuses it.
 */
public interface Publishable {}
