package org.painwise.lesson;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** One page of a module. Its HTML is rendered and sanitised once, when the lessons load. */
@Entity
@Cacheable
@Table(name = "lesson_page")
@NamedQuery(
    name = "LessonPage.findByModule",
    query = "select p from LessonPage p where p.module.id = :moduleId order by p.position")
@NamedQuery(
    name = "LessonPage.findBySlugs",
    query =
        "select p from LessonPage p join fetch p.module"
            + " where p.module.slug = :moduleSlug and p.slug = :pageSlug")
public class LessonPage implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int HTML_MAX = 200_000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lesson_page_seq")
  @SequenceGenerator(
      name = "lesson_page_seq",
      sequenceName = "lesson_page_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private Module module;

  @NotBlank
  @Size(max = Module.SLUG_MAX)
  @Column(nullable = false, length = Module.SLUG_MAX)
  private String slug;

  @Column(nullable = false)
  private int position;

  @NotBlank
  @Size(max = Module.TITLE_MAX)
  @Column(nullable = false, length = Module.TITLE_MAX)
  private String title;

  @Column(nullable = false)
  private int minutes;

  @NotBlank
  @Size(max = HTML_MAX)
  @Column(nullable = false, length = HTML_MAX)
  private String html;

  @Size(max = Module.LIST_MAX)
  @Column(name = "key_points", nullable = false, length = Module.LIST_MAX)
  private String keyPoints = "";

  @Version private long version;

  public Long getId() {
    return id;
  }

  public Module getModule() {
    return module;
  }

  public void setModule(Module module) {
    this.module = module;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public List<String> getKeyPoints() {
    return Lines.split(keyPoints);
  }

  public void setKeyPoints(List<String> keyPoints) {
    this.keyPoints = Lines.join(keyPoints);
  }
}
