package org.painwise.clinic.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.painwise.account.SignedInUser;
import org.painwise.clinic.AssignmentDraft;
import org.painwise.clinic.AssignmentService;
import org.painwise.clinic.ClientDirectory;
import org.painwise.clinic.ClientRow;
import org.painwise.clinic.NotYourClientException;
import org.painwise.config.Messages;
import org.painwise.config.Pages;
import org.painwise.lesson.LessonService;
import org.painwise.lesson.Module;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

  private final LazyDataModel<ClientRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) directory.count(user.requireId(), search);
        }

        @Override
        public List<ClientRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          return directory.page(
              user.requireId(),
              search,
              sort == null ? null : sort.getField(),
              sort == null || sort.getOrder() != SortOrder.DESCENDING,
              first,
              pageSize,
              LocalDate.now());
        }

        @Override
        public String getRowKey(ClientRow row) {
          return String.valueOf(row.patientId());
        }

        @Override
        public ClientRow getRowData(String rowKey) {
          List<ClientRow> page = getWrappedData();
          return page == null
              ? null
              : page.stream()
                  .filter(r -> String.valueOf(r.patientId()).equals(rowKey))
                  .findFirst()
                  .orElse(null);
        }
      };

  @PostConstruct
  void init() {
    modules = lessons.modules();
  }

  public void filter() {
    Pages.firstPage("clients:table");
  }

  public void assign() {
    if (selected.isEmpty()) {
      Messages.error("therapist_clients.message.error.noClients");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    if (moduleIds.isEmpty()) {
      Messages.fieldError("assignForm:modules", "therapist_clients.message.error.noModules");
      FacesContext.getCurrentInstance().validationFailed();
      return;
    }
    try {
      int made =
          assignments.assign(
              user.requireId(),
              selected.stream().map(ClientRow::patientId).toList(),
              moduleIds,
              draft);
      Messages.info("therapist_clients.message.info.assigned", made);
      selected = new ArrayList<>();
      moduleIds = new ArrayList<>();
      draft.setNote(null);
    } catch (NotYourClientException e) {
      Messages.error("therapist_clients.message.error.notYourClient");
      FacesContext.getCurrentInstance().validationFailed();
    } catch (ConstraintViolationException e) {
      Messages.violations("assignForm", e);
    }
  }

  public LazyDataModel<ClientRow> getModel() {
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
