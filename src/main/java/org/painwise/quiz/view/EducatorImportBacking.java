package org.painwise.quiz.view;

import static jakarta.servlet.http.HttpServletResponse.SC_NOT_FOUND;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.config.BundleMessages;
import org.painwise.quiz.QuestionBank;
import org.painwise.quiz.QuestionBank.QuizSummary;
import org.painwise.quiz.QuizNotFoundException;
import org.painwise.quiz.QuizTransfer;
import org.painwise.quiz.QuizTransfer.ImportPreview;
import org.painwise.quiz.format.Problem;

/**
 * educator/import.xhtml: upload a GIFT or Moodle XML file, see every question and problem, then
 * import only the valid questions. Nothing is saved before the confirmation.
 */
@Named
@ViewScoped
public class EducatorImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private QuestionBank bank;
  @Inject private QuizTransfer transfer;

  private String module;
  private transient Part file;
  private String fileName;
  private ImportPreview preview;
  private List<QuizSummary> modules;

  public void load() {
    modules = bank.summaries();
  }

  public void check() throws IOException {
    preview = null;
    if (file == null || file.getSize() == 0) {
      Messages.addGlobalError("educator_import.message.error.noFile");
      return;
    }
    if (file.getSize() > QuizTransfer.IMPORT_MAX_BYTES) {
      Messages.addGlobalError("educator_import.message.error.tooBig");
      return;
    }
    fileName = file.getSubmittedFileName();
    try (InputStream in = file.getInputStream()) {
      preview = transfer.preview(fileName, in.readNBytes(QuizTransfer.IMPORT_MAX_BYTES));
    }
    if (preview.valid().isEmpty()) {
      Messages.addGlobalError("educator_import.message.error.nothing");
    } else if (preview.problems().isEmpty()) {
      Messages.addGlobalInfo("educator_import.message.info.clean");
    }
  }

  public void confirm() {
    if (preview == null || preview.valid().isEmpty()) {
      return;
    }
    try {
      int count = transfer.importQuestions(module, preview.valid());
      Messages.addFlashGlobalInfo("educator_import.message.info.imported", count);
      Faces.redirect("educator/questions?module=%s", module);
    } catch (QuizNotFoundException e) {
      Faces.responseSendError(SC_NOT_FOUND, null);
    }
  }

  public String getConfirmLabel() {
    return BundleMessages.text(
        "educator_import.button.confirm", preview == null ? 0 : preview.valid().size());
  }

  /**
   * @return the problem as a sentence of the page's language, with its line and column
   */
  public String describe(Problem problem) {
    return ProblemText.describe(problem, Faces.getResourceBundle("msg"));
  }

  public String getModule() {
    return module;
  }

  public void setModule(String module) {
    this.module = module;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public List<QuizSummary> getModules() {
    return modules;
  }
}
