package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.browser.pages.ClientsPage;
import org.painwise.browser.pages.InvitationsPage;
import org.painwise.browser.pages.LoginPage;
import org.painwise.browser.pages.QuestionPage;
import org.painwise.browser.pages.QuestionsPage;
import org.painwise.browser.pages.SignupPage;
import org.painwise.browser.pages.SiteMenu;
import org.painwise.browser.pages.TherapistsPage;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.Bundle;
import org.painwise.testsupport.FacesClient;
import org.painwise.testsupport.TestServer;

/**
 * Painwise on a 360 px phone: the compact menu works with the keyboard alone, every page type of
 * every role fits the screen (Browser checks each page with axe at 1280 and 360 px and fails on
 * anything wider than the phone), tables become cards with the invitation's Revoke button on
 * screen, lesson diagrams keep legible labels, and no page shows a raw timestamp or a stored
 * decimal such as 100.00000.
 */
class NarrowLayoutIT {

  private static final String MODULE = "pain-alarm-system";
  private static final String DEMO_PASSWORD = "painwise-demo";

  /** An Instant or a LocalDateTime as toString() writes it: never shown to a reader. */
  private static final Pattern RAW_TIMESTAMP =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

  /** A decimal with the trailing zeros of its stored scale (100.00000). */
  private static final Pattern STORED_DECIMAL = Pattern.compile("\\d\\.\\d*0000\\b");

  private final URL base = TestServer.url();

  @Test
  void theMenuOpensAndClosesWithTheKeyboardOnAPhone() {
    try (Browser phone = Browser.open(base)) {
      phone.useWidth(Browser.NARROW);
      String email = FacesClient.uniqueEmail("menu");
      new SignupPage(phone).open().signUp("Mena " + suffix(), email, "a-good-password");
      new LoginPage(phone).signIn(email, "a-good-password");
      phone.go("/patient/index");
      SiteMenu menu = new SiteMenu(phone);

      // Closed: one short bar with the name and the menu button.
      assertTrue(menu.buttonShown(), "a phone gets the menu button");
      assertEquals("false", menu.expanded());
      assertFalse(menu.linksShown(), "the links wait behind the button");
      int headerHeight = phone.find(".pw-header").getSize().getHeight();
      assertTrue(headerHeight <= 80, "the closed menu takes " + headerHeight + " px");

      // Enter opens it and puts the focus on the first link.
      menu.openWithKeyboard();
      assertTrue(menu.linksShown());
      List<String> links = menu.links();
      assertEquals(links.get(0), menu.focused(), "the focus moves into the menu");
      phone.checkAccessibility();
      assertEquals("true", menu.expanded(), "still open after the checks");

      // Escape closes it and gives the focus back to the button.
      menu.closeWithEscape();
      assertFalse(menu.linksShown());
      assertEquals("#menu-toggle", menu.focused());

      // Open again, Tab to a link, Enter follows it; the new page marks its link.
      menu.openWithKeyboard();
      menu.followWithKeyboard("/patient/progress");
      assertEquals("false", new SiteMenu(phone).expanded(), "a new page starts closed");
      assertTrue(menu.current().endsWith("/patient/progress"), menu.current());

      // On a wide screen there is no button and the links always show.
      phone.useWidth(Browser.WIDE);
      assertFalse(menu.buttonShown());
      assertTrue(menu.linksShown());
    }
  }

  @Test
  void everyPageTypeOfEveryRoleFitsAPhone() {
    String patientName = "Nora " + suffix();
    String patientEmail = FacesClient.uniqueEmail("narrow");
    try (Browser visitor = Browser.open(base);
        Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      for (Browser b : List.of(visitor, therapist, patient)) {
        b.useWidth(Browser.NARROW);
      }
      // Signed out: the landing page, sign-in, sign-up and the 404 page.
      visit(visitor, "/");
      assertTrue(visitor.find(".pw-hero-art").isDisplayed(), "the landing page has its drawing");
      for (String path : List.of("/login", "/signup", "/no-such-page")) {
        visit(visitor, path);
      }

      // The therapist makes an invitation: the table is cards, Revoke is on the screen.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", DEMO_PASSWORD);
      InvitationsPage invitations = new InvitationsPage(therapist).open();
      invitations.invite();
      String code = invitations.newCode();
      WebElement revoke =
          therapist.find(
              "#list button[aria-label$='" + code + "'], #list input[aria-label$='" + code + "']");
      assertOnScreen(therapist, revoke, "the Revoke button of " + code);
      visit(therapist, "/therapist/index");

      // A new patient signs up, uses the code, and visits every patient page.
      new SignupPage(patient).open().signUp(patientName, patientEmail, "a-good-password");
      new LoginPage(patient).signIn(patientEmail, "a-good-password");
      new TherapistsPage(patient).open().link(code);
      for (String path :
          List.of(
              "/patient/index",
              "/lessons/index",
              "/lessons/" + MODULE,
              "/quiz/take?module=" + MODULE,
              "/patient/progress",
              "/patient/therapists",
              "/patient/account")) {
        visit(patient, path);
      }

      // A lesson diagram keeps a width at which its labels are legible, in a frame that fits.
      visit(patient, "/lessons/" + MODULE + "/danger-detectors");
      WebElement diagram = patient.find(".pw-diagram-link img.pw-diagram");
      int diagramWidth = diagram.getSize().getWidth();
      assertTrue(diagramWidth >= 700, "the 900-unit diagram is drawn " + diagramWidth + " px wide");
      WebElement frame = patient.find(".pw-diagram-link");
      assertOnScreen(patient, frame, "the diagram's frame");
      assertTrue(frame.getAttribute("href").endsWith(".svg"), "it opens the diagram full size");
      assertTrue(patient.find(".pw-diagram-hint").isDisplayed(), "a hint says so");

      // The client table: one card per client, and the client's own page.
      ClientsPage clients = new ClientsPage(therapist).open();
      clients.search(patientName);
      WebElement row = therapist.find("#clients\\:table_data > tr");
      assertOnScreen(therapist, row, "the client's row");
      assertTrue(
          row.findElement(By.cssSelector(".ui-column-title")).isDisplayed(),
          "each cell names its column");
      clients.openClient(patientName);
      noRawValues(therapist);
    }
  }

  @Test
  void educatorAndAdminPagesFitAPhoneAndTheQuestionEditorNamesEachAnswer() {
    try (Browser educator = Browser.open(base);
        Browser admin = Browser.open(base)) {
      educator.useWidth(Browser.NARROW);
      admin.useWidth(Browser.NARROW);
      new LoginPage(educator).open().signIn("educator@painwise.test", DEMO_PASSWORD);
      for (String path :
          List.of(
              "/educator/index",
              "/educator/statistics?module=" + MODULE,
              "/educator/import?module=" + MODULE)) {
        visit(educator, path);
      }
      QuestionsPage bank = new QuestionsPage(educator).open(MODULE);
      noRawValues(educator);
      QuestionPage editor = bank.edit(bank.titles().get(0));
      noRawValues(educator);

      // Every field of the editor has a label of its own: "Text of answer 2", not "Question".
      List<String> labels = editor.labels();
      assertEquals(
          labels.size(), new HashSet<>(labels).size(), "no two labels are the same: " + labels);
      assertEquals(
          Bundle.formatted("educator_question.label.answerText", 1),
          editor.labelOf("editor:choice:0:text"));
      assertEquals(
          Bundle.formatted("educator_question.label.answerText", 2),
          editor.labelOf("editor:choice:1:text"));
      // Credits as a person writes them (100, not the stored 100.00000).
      List<String> credits = editor.credits();
      assertFalse(credits.isEmpty());
      credits.forEach(
          c -> assertTrue(c.matches("-?\\d+([.,]\\d*[1-9])?"), "a credit shows as " + c));
      editor.preview();

      new LoginPage(admin).open().signIn("admin@painwise.test", DEMO_PASSWORD);
      visit(admin, "/admin/index");
      visit(admin, "/admin/users");
      assertTrue(
          admin.find("#users\\:table").getAttribute("class").contains("ui-datatable-reflow"),
          "the users table reflows into cards");
    }
  }

  /** Opens a page (checked at both widths by Browser) and checks it shows no raw values. */
  private static void visit(Browser browser, String path) {
    browser.go(path);
    noRawValues(browser);
  }

  private static void noRawValues(Browser browser) {
    String text = browser.text();
    assertFalse(
        RAW_TIMESTAMP.matcher(text).find(), "a raw timestamp on " + browser.currentPath() + text);
    assertFalse(
        STORED_DECIMAL.matcher(text).find(), "a stored decimal on " + browser.currentPath() + text);
  }

  /** Fails when the element reaches past either edge of the screen. */
  @SuppressWarnings("unchecked")
  private static void assertOnScreen(Browser browser, WebElement element, String what) {
    Map<String, Object> box =
        (Map<String, Object>)
            browser.script(
                "var r = arguments[0].getBoundingClientRect();"
                    + "return {left: r.left, right: r.right, width: window.innerWidth};",
                element);
    double left = ((Number) box.get("left")).doubleValue();
    double right = ((Number) box.get("right")).doubleValue();
    double width = ((Number) box.get("width")).doubleValue();
    assertTrue(
        left >= 0 && right <= width + 1,
        what + " spans " + left + " to " + right + " px on a " + width + " px screen");
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 6);
  }
}
