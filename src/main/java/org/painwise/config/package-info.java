/** Cross-cutting set-up only: security, start-up, migrations, health, Faces helpers. */
package org.painwise.config;
