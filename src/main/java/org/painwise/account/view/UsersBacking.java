package org.painwise.account.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.painwise.account.Account;
import org.painwise.account.AccountNotFoundException;
import org.painwise.account.AccountService;
import org.painwise.account.OwnRoleChangeException;
import org.painwise.account.Role;
import org.painwise.account.SignedInUser;
import org.painwise.config.Messages;
import org.painwise.config.Pages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** admin/users.xhtml: a lazy, paged table of accounts, with search and role changes. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AccountService accounts;
  @Inject private SignedInUser signedInUser;

  private String search;
  private Role roleFilter;
  private Account selected;
  private Role newRole;

  private final LazyDataModel<Account> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) accounts.count(search, roleFilter);
        }

        @Override
        public List<Account> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
          return accounts.page(
              search,
              roleFilter,
              first,
              pageSize,
              sort == null ? null : sort.getField(),
              sort == null || sort.getOrder() != SortOrder.DESCENDING);
        }

        @Override
        public String getRowKey(Account account) {
          return String.valueOf(account.getId());
        }

        @Override
        public Account getRowData(String rowKey) {
          return accounts.find(Long.parseLong(rowKey)).orElse(null);
        }
      };

  /** A new search or role filter starts again on the first page. */
  public void filter() {
    Pages.firstPage("users:table");
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
      Messages.info(
          "admin_users.message.info.roleChanged",
          changed.getDisplayName(),
          Messages.text("role." + newRole.name()));
    } catch (AccountNotFoundException e) {
      Messages.error("admin_users.message.error.notFound");
    } catch (OwnRoleChangeException e) {
      Messages.error("admin_users.message.error.ownRole");
    }
    selected = null;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public LazyDataModel<Account> getModel() {
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
