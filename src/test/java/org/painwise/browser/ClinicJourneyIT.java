package org.painwise.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.painwise.testsupport.Browser;
import org.painwise.testsupport.TestServer;

/**
 * The clinic journey in two real browsers: a therapist invites, a new patient signs up with the
 * code, the therapist assigns module 1 with a note, the patient sees the note and completes the
 * module, and the therapist sees it completed.
 */
class ClinicJourneyIT {

  private final URL base = TestServer.url();

  @Test
  void inviteSignUpAssignCompleteAndFollow() {
    String patientName = "Jules " + UUID.randomUUID().toString().substring(0, 6);
    String patientEmail = "jules-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String note = "Start with this one before our next session.";

    try (Browser therapist = Browser.open(base);
        Browser patient = Browser.open(base)) {
      // 1. The therapist makes an invitation.
      new LoginPage(therapist).open().signIn("therapist@painwise.test", "painwise-demo");
      therapist.go("/therapist/invitations");
      therapist.find("#invite\\:create").click();
      String link = therapist.waitFor("#new-link").getText();
      therapist.checkAccessibility();
      assertTrue(link.contains("/signup?invite="), link);

      // 2. A new patient opens the link and signs up.
      patient.driver().get(link);
      assertTrue(patient.waitFor("#invited").getText().contains("Theo Demo"));
      patient.checkAccessibility();
      new SignupPage(patient).signUp(patientName, patientEmail, "a-good-password");
      assertTrue(patient.text().contains("You are now linked to Theo Demo"), patient.text());
      new LoginPage(patient).signIn(patientEmail, "a-good-password");

      // 3. The therapist finds the new client and assigns module 1 with a note.
      therapist.go("/therapist/clients");
      therapist.find("#clients\\:search").sendKeys(patientName);
      // The filter answers after a pause: wait for its one row, or a click could land on a
      // row that the filter then replaces (other tests add clients of this therapist too).
      therapist.waitForAjaxIdle();
      therapist.waitForCount("#clients\\:table_data > tr", 1);
      therapist.waitForText(patientName);
      WebElement row =
          therapist
              .driver()
              .findElement(By.xpath("//tr[.//a[normalize-space()='" + patientName + "']]"));
      row.findElement(By.cssSelector(".ui-chkbox-box")).click();
      therapist.waitForCount("#clients\\:table_data > tr[aria-selected='true']", 1);
      therapist.click("#clients\\:openAssign");
      therapist.waitFor("#assignForm\\:modules");
      therapist.checkAccessibility();
      therapist
          .driver()
          .findElement(By.xpath("//label[normalize-space()=\"Pain, your body's alarm system\"]"))
          .click();
      therapist.find("#assignForm\\:note").sendKeys(note);
      therapist.click("#assignForm\\:assign");
      therapist.waitForText("1 assignment(s) made.");
      therapist.checkAccessibility();

      // 4. The patient sees the assignment and the note, and completes the module.
      patient.go("/patient/index");
      assertTrue(patient.find("#assigned").getText().contains(note));
      assertTrue(patient.text().contains("Your therapist suggested a module for you"));
      patient.go("/lessons/pain-alarm-system/what-pain-is");
      for (int page = 1; page <= 5; page++) {
        patient.waitForText("Page " + page + " of 5");
        patient.find("#pager\\:next").click();
      }
      patient.waitForText("You have read every page of this module");
      new QuizPage(patient).open("pain-alarm-system").start().answerModuleOne().submit();
      patient.waitForText("Passed");
      patient.go("/patient/index");
      assertTrue(patient.find("#assigned").getText().contains("Complete"));
      assertTrue(patient.find("#assigned").getText().contains("Latest quiz score: 100%"));
      patient.go("/patient/progress");
      assertEquals("1", patient.find("#completed-count").getText().strip());
      assertTrue(patient.find("#results").getText().contains("100%"));
      assertTrue(patient.find("svg.pw-chart-svg").isDisplayed(), "the chart is drawn");

      // 5. The therapist sees it completed.
      therapist.go("/therapist/clients");
      therapist.find("#clients\\:search").sendKeys(patientName);
      // The filter answers after a pause: wait for its one row, or a click could land on a
      // row that the filter then replaces (other tests add clients of this therapist too).
      therapist.waitForAjaxIdle();
      therapist.waitForCount("#clients\\:table_data > tr", 1);
      therapist.waitForText(patientName);
      WebElement done =
          therapist
              .driver()
              .findElement(By.xpath("//tr[.//a[normalize-space()='" + patientName + "']]"));
      java.util.List<WebElement> cells = done.findElements(By.tagName("td"));
      assertEquals("1", cells.get(2).getText().strip(), "assigned");
      assertEquals("1", cells.get(3).getText().strip(), "completed");
      assertEquals("100%", cells.get(6).getText().strip(), "latest quiz score");
      done.findElement(By.linkText(patientName)).click();
      therapist.waitForText("Timeline");
      therapist.checkAccessibility();
      assertTrue(
          therapist.text().contains("Completed: Pain, your body's alarm system"), therapist.text());
      assertTrue(
          therapist.text().contains("Passed the quiz: Pain, your body's alarm system (100%)"),
          therapist.text());
    }
  }
}
