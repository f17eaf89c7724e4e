/** The curriculum: modules and pages loaded from lessons/, rendered once, and read by learners. */
package org.painwise.lesson;
