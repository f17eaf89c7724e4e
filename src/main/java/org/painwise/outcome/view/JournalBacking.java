package org.painwise.outcome.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.config.Dates;
import org.painwise.config.Violations;
import org.painwise.outcome.DuplicateJournalItemException;
import org.painwise.outcome.JournalBalance;
import org.painwise.outcome.JournalCategory;
import org.painwise.outcome.JournalDraft;
import org.painwise.outcome.JournalItem;
import org.painwise.outcome.JournalNotFoundException;
import org.painwise.outcome.JournalService;
import org.painwise.outcome.JournalSide;

/**
 * patient/journal.xhtml: the danger and safety journal, a form to add an item, a button to remove
 * one (after a confirmation), and the balance over time.
 */
@Named
@RequestScoped
public class JournalBacking {

  @Inject private JournalService journal;
  @Inject private SignedInUser user;
  @Inject private Dates dates;
  @Inject private jakarta.enterprise.inject.Instance<org.painwise.outcome.JournalRemarks> remarks;

  private JournalDraft draft = new JournalDraft();
  private List<JournalItem> items;
  private JournalBalance balance;
  private java.util.Map<Long, List<org.painwise.outcome.JournalRemarks.Remark>> remarksByItem;

  @PostConstruct
  void load() {
    List<JournalItem> all = journal.mine(user.requireId());
    items = all.stream().filter(JournalItem::isActive).toList();
    balance = JournalBalance.of(all, Instant.now(), ZoneId.systemDefault(), dates::day);
    remarksByItem = new java.util.HashMap<>();
    remarks.forEach(
        r ->
            r.remarksOn(user.requireId())
                .forEach(
                    m ->
                        remarksByItem
                            .computeIfAbsent(m.itemId(), k -> new java.util.ArrayList<>())
                            .add(m)));
  }

  /** The "discussed in session" marks on one item, newest first (maybe empty). */
  public List<org.painwise.outcome.JournalRemarks.Remark> remarks(long itemId) {
    return remarksByItem.getOrDefault(itemId, List.of());
  }

  public void add() {
    try {
      journal.add(user.requireId(), draft);
      Messages.addGlobalInfo("patient_journal.message.info.added");
      draft = new JournalDraft();
      load();
    } catch (ConstraintViolationException e) {
      Violations.show("journal", e);
    } catch (DuplicateJournalItemException e) {
      // The same form posted twice (a double click, a reload): the item is there once.
      Messages.addGlobalWarn("patient_journal.message.warn.duplicate");
      draft = new JournalDraft();
      load();
    }
  }

  public void remove(long itemId) {
    try {
      journal.remove(user.requireId(), itemId);
      Messages.addGlobalInfo("patient_journal.message.info.removed");
    } catch (JournalNotFoundException e) {
      Messages.addGlobalWarn("patient_journal.message.warn.gone");
    }
    load();
  }

  public JournalDraft getDraft() {
    return draft;
  }

  /** The items in the journal now, oldest first. */
  public List<JournalItem> getItems() {
    return items;
  }

  public JournalBalance getBalance() {
    return balance;
  }

  public List<JournalSide> getSides() {
    return List.of(JournalSide.values());
  }

  public List<JournalCategory> getCategories() {
    return List.of(JournalCategory.values());
  }
}
