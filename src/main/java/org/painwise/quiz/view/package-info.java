/**
 * Backing beans of the quiz pages: taking a quiz, its results, and the educator's authoring pages.
 */
package org.painwise.quiz.view;
