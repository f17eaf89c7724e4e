package org.painwise.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The language switch goes back only to a page of this application. */
class LanguageServletTest {

  @Test
  void aPathOfTheApplicationIsKept() {
    assertEquals("/pw/login", LanguageServlet.returnTo("/pw/login", "/pw"));
    assertEquals("/pw/lessons/a/b?x=1", LanguageServlet.returnTo("/pw/lessons/a/b?x=1", "/pw"));
    assertEquals("/pw", LanguageServlet.returnTo("/pw", "/pw"));
    assertEquals("/login", LanguageServlet.returnTo("/login", ""));
  }

  @Test
  void anythingElseGoesHome() {
    for (String to :
        new String[] {
          null,
          "",
          "https://evil.example/pw/x",
          "//evil.example/pw/x",
          "/\\evil.example",
          "/other/x",
          "/pwx/login",
          "/pw/x\r\nSet-Cookie: a=b",
          "pw/login"
        }) {
      assertEquals("/pw/", LanguageServlet.returnTo(to, "/pw"), String.valueOf(to));
    }
    assertEquals("/", LanguageServlet.returnTo("//evil.example", ""));
  }
}
