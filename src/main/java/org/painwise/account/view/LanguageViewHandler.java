package org.painwise.account.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Every page's locale (the {@code lang} of the page, the messages bundle, formats): the language
 * the person chose ({@link LanguageSwitch}), otherwise the browser's, as Faces works it out from
 * {@code Accept-Language} and the supported locales of faces-config.xml.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return CDI.current()
        .select(LanguageSwitch.class)
        .get()
        .chosen()
        .orElseGet(() -> super.calculateLocale(context));
  }
}
