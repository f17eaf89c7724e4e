package org.painwise.outcome;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A knowledge check as the patient fills it in: an answer (TRUE, FALSE or NOT_SURE) for every
 * statement, keyed by the statement's name, and the form's one-time token (a second post of the
 * same form saves nothing). {@link KnowledgeService} validates it before saving.
 */
public class KnowledgeDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull
  @Pattern(regexp = "[0-9a-f-]{36}")
  private String token = UUID.randomUUID().toString();

  private final Map<String, String> answers = new HashMap<>();

  /** Every statement has one of the three answers. */
  @AssertTrue(message = "{outcome.knowledge.complete}")
  public boolean isComplete() {
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      if (parse(answers.get(s.name())) == null) {
        return false;
      }
    }
    return true;
  }

  /** The answers as enums; only meaningful once {@link #isComplete()}. */
  public Map<KnowledgeStatement, KnowledgeAnswer> parsed() {
    Map<KnowledgeStatement, KnowledgeAnswer> out = new EnumMap<>(KnowledgeStatement.class);
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      KnowledgeAnswer a = parse(answers.get(s.name()));
      if (a != null) {
        out.put(s, a);
      }
    }
    return out;
  }

  /** Sets one answer (for tests and callers outside a form). */
  public KnowledgeDraft answer(KnowledgeStatement s, KnowledgeAnswer a) {
    answers.put(s.name(), a.name());
    return this;
  }

  /** A draft with the same answer to every statement. */
  public static KnowledgeDraft all(KnowledgeAnswer a) {
    KnowledgeDraft d = new KnowledgeDraft();
    for (KnowledgeStatement s : KnowledgeStatement.values()) {
      d.answer(s, a);
    }
    return d;
  }

  private static KnowledgeAnswer parse(String value) {
    if (value == null) {
      return null;
    }
    for (KnowledgeAnswer a : KnowledgeAnswer.values()) {
      if (a.name().equals(value)) {
        return a;
      }
    }
    return null;
  }

  /** The form binds each statement's radio group to {@code answers[K01]} and so on. */
  public Map<String, String> getAnswers() {
    return answers;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
