package org.painwise.outcome.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.omnifaces.util.Messages;
import org.painwise.account.SignedInUser;
import org.painwise.config.Violations;
import org.painwise.outcome.DuplicateKnowledgeCheckException;
import org.painwise.outcome.KnowledgeCheck;
import org.painwise.outcome.KnowledgeDraft;
import org.painwise.outcome.KnowledgeGain;
import org.painwise.outcome.KnowledgeService;
import org.painwise.outcome.KnowledgeStatement;

/**
 * patient/knowledge.xhtml: the knowledge check, the result of the attempt just taken, and the gain
 * since the first. A stateless view, so it never expires; the form's token makes a second post of
 * it save nothing.
 */
@Named
@RequestScoped
public class KnowledgeBacking {

  @Inject private KnowledgeService knowledge;
  @Inject private SignedInUser user;

  private KnowledgeDraft draft = new KnowledgeDraft();
  private KnowledgeCheck result;
  private KnowledgeGain gain;

  @PostConstruct
  void load() {
    gain = knowledge.mine(user.requireId());
  }

  public void save() {
    try {
      result = knowledge.take(user.requireId(), draft);
      Messages.addGlobalInfo("patient_knowledge.message.info.saved");
      draft = new KnowledgeDraft();
      gain = knowledge.mine(user.requireId());
    } catch (DuplicateKnowledgeCheckException e) {
      Messages.addGlobalWarn("patient_knowledge.message.warn.duplicate");
      draft = new KnowledgeDraft();
    } catch (ConstraintViolationException e) {
      Violations.show(null, e);
    }
  }

  public java.util.List<KnowledgeStatement> getStatements() {
    return java.util.List.of(KnowledgeStatement.values());
  }

  public KnowledgeDraft getDraft() {
    return draft;
  }

  /** The attempt just saved, or null. */
  public KnowledgeCheck getResult() {
    return result;
  }

  public KnowledgeGain getGain() {
    return gain;
  }
}
