/** Quizzes: the question bank, published versions, attempts, scoring, and the starter quizzes. */
package org.painwise.quiz;
