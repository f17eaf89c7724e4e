package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.AssignmentDraft;
import org.painwise.clinic.AssignmentResult;
import org.painwise.clinic.AssignmentService;
import org.painwise.clinic.ClientDirectory;
import org.painwise.clinic.ClientRow;
import org.painwise.clinic.NotYourClientException;
import org.painwise.config.BundleMessages;
import org.painwise.config.PagedModel;
import org.painwise.config.Violations;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;

/**
 * therapist/clients.xhtml: the lazy, paged, sortable and searchable client table, and assigning
 * modules to the selected clients.
 */
@Named
@ViewScoped
public class ClientsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClientDirectory directory;
  @Inject private AssignmentService assignments;
  @Inject private LessonService lessons;
  @Inject private SignedInUser user;

  private String search;
  private List<ClientRow> selected = new ArrayList<>();
  private List<Module> modules;

  @NotNull private List<Long> moduleIds = new ArrayList<>();

  /** The due date and note, checked by their own constraints (the form binds to its fields). */
  private AssignmentDraft draft = new AssignmentDraft();

  private final PagedModel<ClientRow> model =
      PagedModel.of(
          () -> directory.count(user.requireId(), search),
          (first, size, sortField, ascending) ->
              directory.page(
                  user.requireId(), search, sortField, ascending, first, size, LocalDate.now()),
          ClientRow::patientId);

  @PostConstruct
  void init() {
    modules = lessons.modules();
  }

  public void filter() {
    PagedModel.firstPage("clients:table");
  }

  public void assign() {
    if (selected.isEmpty()) {
      Messages.addGlobalError("therapist_clients.message.error.noClients");
      Faces.validationFailed();
      return;
    }
    if (moduleIds.isEmpty()) {
      Messages.addError("assignForm:modules", "therapist_clients.message.error.noModules");
      Faces.validationFailed();
      return;
    }
    try {
      AssignmentResult result =
          assignments.assign(
              user.requireId(),
              selected.stream().map(ClientRow::patientId).toList(),
              moduleIds,
              draft);
      if (result.made() > 0 || result.skipped().isEmpty()) {
        Messages.addGlobalInfo("therapist_clients.message.info.assigned", result.made());
      }
      if (!result.skipped().isEmpty()) {
        Messages.addGlobalWarn(
            "therapist_clients.message.warn.skipped",
            result.skipped().size(),
            result.skipped().stream()
                .map(
                    s ->
                        BundleMessages.text(
                            "therapist_clients.text.skipped", s.patientName(), s.moduleTitle()))
                .collect(Collectors.joining("; ")));
      }
      selected = new ArrayList<>();
      moduleIds = new ArrayList<>();
      draft.setNote(null);
    } catch (NotYourClientException e) {
      Messages.addGlobalError("therapist_clients.message.error.notYourClient");
      Faces.validationFailed();
    } catch (ConstraintViolationException e) {
      Violations.show("assignForm", e);
    }
  }

  public PagedModel<ClientRow> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public List<ClientRow> getSelected() {
    return selected;
  }

  public void setSelected(List<ClientRow> selected) {
    this.selected = selected;
  }

  public List<Module> getModules() {
    return modules;
  }

  public List<Long> getModuleIds() {
    return moduleIds;
  }

  public void setModuleIds(List<Long> moduleIds) {
    this.moduleIds = moduleIds;
  }

  public AssignmentDraft getDraft() {
    return draft;
  }

  public LocalDate getToday() {
    return LocalDate.now();
  }
}
