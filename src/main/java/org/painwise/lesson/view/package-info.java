/** Backing beans of the lesson catalogue, module overview and page reader. */
package org.painwise.lesson.view;
