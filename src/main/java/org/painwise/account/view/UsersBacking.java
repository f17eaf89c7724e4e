package org.painwise.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountNotFoundException;
import org.painwise.account.AccountService;
import org.painwise.account.Credentials;
import org.painwise.account.OwnRoleChangeException;
import org.painwise.account.Role;
import org.painwise.account.SignedInUser;
import org.painwise.account.TwoStepException;
import org.painwise.account.TwoStepService;
import org.painwise.config.BundleMessages;
import org.painwise.config.PagedModel;

/**
 * admin/users.xhtml: a lazy, paged table of accounts, with search, role changes, password reset
 * links and, where it is on, a reset of two-step sign-in.
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The request attribute that holds a reset link for the one response that shows it. */
  private static final String RESET_LINK = "painwise.resetLink";

  @Inject private AccountService accounts;
  @Inject private Credentials credentials;
  @Inject private SignedInUser signedInUser;
  @Inject private TwoStepService twoStep;

  private String search;
  private Role roleFilter;
  private Account selected;
  private Role newRole;

  /** The accounts of the page shown that have two-step sign-in on. */
  private Set<Long> twoStepOn = new HashSet<>();

  private final PagedModel<Account> model =
      PagedModel.of(
          () -> accounts.count(search, roleFilter),
          (first, size, sortField, ascending) -> {
            List<Account> rows =
                accounts.page(search, roleFilter, first, size, sortField, ascending);
            twoStepOn = twoStep.enabledAmong(rows.stream().map(Account::getId).toList());
            return rows;
          },
          Account::getId);

  /** A new search or role filter starts again on the first page. */
  public void filter() {
    PagedModel.firstPage("users:table");
  }

  /** Opens the role dialog for one account. */
  public void edit(Account account) {
    selected = account;
    newRole = account.getRole();
  }

  public void saveRole() {
    if (selected == null) {
      return;
    }
    try {
      Account changed = accounts.changeRole(signedInUser.requireId(), selected.getId(), newRole);
      Messages.addGlobalInfo(
          "admin_users.message.info.roleChanged",
          changed.getDisplayName(),
          BundleMessages.text("role." + newRole.name()));
    } catch (AccountNotFoundException e) {
      Messages.addGlobalError("admin_users.message.error.notFound");
    } catch (OwnRoleChangeException e) {
      Messages.addGlobalError("admin_users.message.error.ownRole");
    }
    selected = null;
  }

  /** Opens the reset dialog for one account. */
  public void prepareReset(Account account) {
    selected = account;
  }

  /**
   * Makes a reset link for the selected account: with mail, it is emailed to them; without, it is
   * shown in this one response and kept nowhere, for the admin to hand over.
   */
  public void reset() {
    if (selected == null) {
      return;
    }
    try {
      credentials
          .adminReset(signedInUser.requireId(), selected.getId())
          .ifPresentOrElse(
              link -> Faces.setRequestAttribute(RESET_LINK, link),
              () ->
                  Messages.addGlobalInfo(
                      "admin_users.message.info.resetSent",
                      selected.getDisplayName(),
                      selected.getEmail()));
    } catch (AccountNotFoundException e) {
      Messages.addGlobalError("admin_users.message.error.notFound");
    }
  }

  /** Whether the account has two-step sign-in on (as the page's rows were loaded). */
  public boolean twoStepOn(Account account) {
    return twoStepOn.contains(account.getId());
  }

  /** Opens the dialog that confirms a reset of one account's two-step sign-in. */
  public void prepareTwoStepReset(Account account) {
    selected = account;
  }

  /**
   * Turns off the selected account's two-step sign-in, once the admin confirmed it: that person is
   * signed out everywhere and emailed to set it up again.
   */
  public void resetTwoStep() {
    if (selected == null) {
      return;
    }
    try {
      twoStep.adminReset(signedInUser.requireId(), selected.getId());
      Messages.addGlobalInfo(
          "admin_users.message.info.twoStepReset", selected.getDisplayName(), selected.getEmail());
    } catch (AccountNotFoundException e) {
      Messages.addGlobalError("admin_users.message.error.notFound");
    } catch (TwoStepException e) {
      if (e.reason() == TwoStepException.Reason.OFF) {
        Messages.addGlobalError("admin_users.message.error.twoStepOff", selected.getDisplayName());
      } else {
        Messages.addGlobalError("two_step.message.error." + e.reason().name());
      }
    }
    selected = null;
  }

  /** The reset link made in this request, or null: it is shown once. */
  public String getResetLink() {
    return Faces.getRequestAttribute(RESET_LINK);
  }

  /** Whether links are emailed (otherwise the admin hands them over). */
  public boolean isMailDelivers() {
    return credentials.mailDelivers();
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public PagedModel<Account> getModel() {
    return model;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Role getRoleFilter() {
    return roleFilter;
  }

  public void setRoleFilter(Role roleFilter) {
    this.roleFilter = roleFilter;
  }

  public Account getSelected() {
    return selected;
  }

  public Role getNewRole() {
    return newRole;
  }

  public void setNewRole(Role newRole) {
    this.newRole = newRole;
  }
}
