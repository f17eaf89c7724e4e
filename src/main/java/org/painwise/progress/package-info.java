/** Reading progress: pages read, where each learner left off, and module completion. */
package org.painwise.progress;
