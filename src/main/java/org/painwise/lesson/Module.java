package org.painwise.lesson;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A module of the curriculum, such as "Pain, your body's alarm system". */
@Entity
@Cacheable
@Table(name = "lesson_module")
@NamedQuery(name = "Module.findAll", query = "select m from Module m order by m.position")
@NamedQuery(name = "Module.findBySlug", query = "select m from Module m where m.slug = :slug")
public class Module implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int SLUG_MAX = 80;
  public static final int TITLE_MAX = 200;
  public static final int SUMMARY_MAX = 1000;
  public static final int LIST_MAX = 4000;
  public static final int REFERENCES_MAX = 20_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_module_seq")
  @SequenceGenerator(
      name = "lesson_module_seq",
      sequenceName = "lesson_module_seq",
      allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = SLUG_MAX)
  @Column(nullable = false, unique = true, length = SLUG_MAX)
  private String slug;

  @NotBlank
  @Size(max = TITLE_MAX)
  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @NotBlank
  @Size(max = SUMMARY_MAX)
  @Column(nullable = false, length = SUMMARY_MAX)
  private String summary;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private int minutes;

  /** One objective a line. */
  @Size(max = LIST_MAX)
  @Column(nullable = false, length = LIST_MAX)
  private String objectives = "";

  /** One key point a line. */
  @Size(max = LIST_MAX)
  @Column(name = "key_points", nullable = false, length = LIST_MAX)
  private String keyPoints = "";

  @Size(max = SUMMARY_MAX)
  @Column(nullable = false, length = SUMMARY_MAX)
  private String safety = "";

  /** The module's references.md, rendered and sanitised. */
  @Size(max = REFERENCES_MAX)
  @Column(name = "references_html", nullable = false, length = REFERENCES_MAX)
  private String referencesHtml = "";

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt = Instant.now();

  @Version private long version;

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public List<String> getObjectives() {
    return Lines.split(objectives);
  }

  public void setObjectives(List<String> objectives) {
    this.objectives = Lines.join(objectives);
  }

  public List<String> getKeyPoints() {
    return Lines.split(keyPoints);
  }

  public void setKeyPoints(List<String> keyPoints) {
    this.keyPoints = Lines.join(keyPoints);
  }

  public String getSafety() {
    return safety;
  }

  public void setSafety(String safety) {
    this.safety = safety;
  }

  public String getReferencesHtml() {
    return referencesHtml;
  }

  public void setReferencesHtml(String referencesHtml) {
    this.referencesHtml = referencesHtml;
  }

  public String getContentHash() {
    return contentHash;
  }

  public void setContentHash(String contentHash) {
    this.contentHash = contentHash;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public void setUpdatedAt(Instant updatedAt) {
    this.updatedAt = updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
