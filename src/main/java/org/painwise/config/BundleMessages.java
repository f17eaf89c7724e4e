package org.painwise.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.ServletContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes OmniFaces' {@link Messages} read keys of {@value #BUNDLE} in the page's language, so that
 * backing beans name a key and never a sentence: {@code Messages.addGlobalInfo("page.x.kind", n)}.
 * A key the bundle lacks shows as itself ({@code BundleKeysTest} fails the build on one).
 */
@ApplicationScoped
public class BundleMessages {

  /** The bundle that faces-config.xml registers as {@code msg}. */
  public static final String BUNDLE = "i18n.messages";

  /** Set once, as the application starts and before any Faces request. */
  void install(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
    Messages.setResolver(BundleMessages::text);
  }

  /**
   * The text of a key in the page's language, for a message or for a piece of one (a role's name).
   * It is formatted with {@link MessageFormat} only when there are arguments.
   */
  public static String text(String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, Faces.getLocale()).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args == null || args.length == 0 ? pattern : MessageFormat.format(pattern, args);
  }
}
