package org.painwise.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.painwise.account.Account;
import org.painwise.account.AccountNotFoundException;
import org.painwise.account.AccountService;
import org.painwise.account.Credentials;
import org.painwise.account.OwnRoleChangeException;
import org.painwise.account.Role;
import org.painwise.account.SignedInUser;
import org.painwise.config.BundleMessages;
import org.painwise.config.PagedModel;

/**
 * admin/users.xhtml: a lazy, paged table of accounts, with search, role changes and password reset
 * links.
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

  private String search;
  private Role roleFilter;
  private Account selected;
  private Role newRole;

  private final PagedModel<Account> model =
      PagedModel.of(
          () -> accounts.count(search, roleFilter),
          (first, size, sortField, ascending) ->
              accounts.page(search, roleFilter, first, size, sortField, ascending),
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
