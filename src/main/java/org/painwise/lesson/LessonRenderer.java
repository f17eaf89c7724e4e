package org.painwise.lesson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.painwise.config.HtmlSanitizer;

/**
 * Turns one lesson page's Markdown into safe HTML, once, at load time:
 *
 * <ul>
 *   <li>{@code [word](glossary:id)} becomes a pop-over button with the definition;
 *   <li>{@code [text](lesson:module/page#anchor)} becomes a link to that page;
 *   <li>{@code images/x.svg} points at the module's media URL;
 *   <li>{@code ## headings} get ids, so quizzes can link to them: made from the heading's text, or
 *       given at its end as {@code ## Titre {#anchor}} (the suffix is not shown), which is how a
 *       translated heading keeps its English anchor;
 *   <li>raw HTML in the Markdown is escaped, and the result is sanitised.
 * </ul>
 *
 * URLs are relative to a page at {@code /lessons/<module>/<page>}, so they work under any context
 * root. Problems (unknown terms, missing images, broken links) are collected with lines.
 */
public final class LessonRenderer {

  private static final List<org.commonmark.Extension> EXTENSIONS =
      List.of(TablesExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** A heading's own anchor at its end: {@code ## Titre {#anchor}}. */
  private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("\\s*\\{#([^}]*)\\}\\s*$");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** What one rendering produced. */
  public record Result(String html, List<String> anchors, List<LoadProblem> problems) {}

  /** Everything the renderer may link to. */
  public record Context(
      String moduleSlug,
      Map<String, GlossaryEntry> glossary,
      Predicate<String> imageExists,
      Predicate<String> pageExists) {}

  private LessonRenderer() {}

  /** Renders {@code markdown}, whose first line is line {@code firstLine} of {@code file}. */
  public static Result render(String markdown, String file, int firstLine, Context context) {
    Node document = PARSER.parse(markdown);
    List<LoadProblem> problems = new ArrayList<>();
    Map<Heading, String> headingIds = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            String id = explicitAnchor(heading, file, firstLine, problems);
            if (id == null) {
              id = anchor(textOf(heading));
            }
            int n = seen.merge(id, 1, Integer::sum);
            headingIds.put(heading, n == 1 ? id : id + "-" + n);
            visitChildren(heading);
          }

          @Override
          public void visit(Image image) {
            String src = image.getDestination();
            if (!context.imageExists().test(src)) {
              problems.add(
                  new LoadProblem(
                      file,
                      line(image, firstLine),
                      "the image " + src + " is missing from the module's images folder"));
            }
            if (textOf(image).isBlank()) {
              problems.add(
                  new LoadProblem(
                      file,
                      line(image, firstLine),
                      "the image " + src + " needs alt text: ![what it shows](" + src + ")"));
            }
          }

          @Override
          public void visit(Link link) {
            String dest = link.getDestination();
            if (dest.startsWith("glossary:")
                && !context.glossary().containsKey(dest.substring("glossary:".length()))) {
              problems.add(
                  new LoadProblem(
                      file,
                      line(link, firstLine),
                      "unknown glossary term '"
                          + dest.substring(9)
                          + "': add it to lessons/glossary.yaml"));
            } else if (dest.startsWith("lesson:")
                && !context.pageExists().test(dest.substring(7).replaceAll("#.*$", ""))) {
              problems.add(
                  new LoadProblem(
                      file,
                      line(link, firstLine),
                      "the link " + dest + " points at a page that does not exist"));
            }
            visitChildren(link);
          }
        });

    int[] termCounter = {0};
    HtmlRenderer renderer =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(
                ctx ->
                    (node, tag, attributes) -> {
                      if (node instanceof Heading h && headingIds.containsKey(h)) {
                        attributes.put("id", headingIds.get(h));
                      }
                      if (node instanceof Image) {
                        attributes.put("class", "pw-diagram");
                      }
                    })
            .nodeRendererFactory(ctx -> new LinkRenderer(ctx, context, termCounter))
            .build();
    String html =
        linkDiagrams(
            renderer
                .render(document)
                .replace(
                    "src=\"images/",
                    "src=\"../../lesson-media/" + context.moduleSlug() + "/images/"));
    return new Result(HtmlSanitizer.sanitize(html), List.copyOf(headingIds.values()), problems);
  }

  /** A diagram as commonmark writes it, once its source points at the module's media URL. */
  private static final Pattern DIAGRAM =
      Pattern.compile(
          "<img src=\"(\\.\\./\\.\\./lesson-media/[^\"]+)\"([^>]*) class=\"pw-diagram\" />");

  /**
   * Wraps each diagram in a link to its file: it opens full size, to zoom into; on a narrow screen
   * the link is also the frame the diagram scrolls sideways in (painwise.css).
   */
  static String linkDiagrams(String html) {
    return DIAGRAM
        .matcher(html)
        .replaceAll(
            "<a class=\"pw-diagram-link\" href=\"$1\"><img src=\"$1\"$2 class=\"pw-diagram\" /></a>");
  }

  /** The anchor of a heading: lower case, punctuation dropped, spaces as dashes. */
  public static String anchor(String heading) {
    String a =
        heading
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9\\s-]", "")
            .strip()
            .replaceAll("\\s+", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^-|-$", "");
    return a.isEmpty() ? "section" : a;
  }

  /**
   * The anchor that a heading gives at its end ({@code {#anchor}}), which is then taken off its
   * text; null when it gives none.
   */
  private static String explicitAnchor(
      Heading heading, String file, int firstLine, List<LoadProblem> problems) {
    Matcher m = EXPLICIT_ANCHOR.matcher(textOf(heading));
    if (!m.find()) {
      return null;
    }
    String anchor = m.group(1).strip();
    if (!(heading.getLastChild() instanceof Text last)
        || !EXPLICIT_ANCHOR.matcher(last.getLiteral()).find()) {
      problems.add(
          new LoadProblem(
              file,
              line(heading, firstLine),
              "the heading's {#" + anchor + "} must come after plain text, at the end"));
      return null;
    }
    last.setLiteral(EXPLICIT_ANCHOR.matcher(last.getLiteral()).replaceFirst(""));
    if (!SLUG.matcher(anchor).matches()) {
      problems.add(
          new LoadProblem(
              file,
              line(heading, firstLine),
              "the anchor {#"
                  + anchor
                  + "} must be lower-case letters, digits and dashes, as in English"));
      return null;
    }
    return anchor;
  }

  static String textOf(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            sb.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            sb.append(code.getLiteral());
          }
        });
    return sb.toString();
  }

  private static int line(Node node, int firstLine) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
  }

  /** Renders glossary and lesson links; ordinary links stay links. */
  private static final class LinkRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext ctx;
    private final HtmlWriter html;
    private final Context context;
    private final int[] termCounter;

    LinkRenderer(HtmlNodeRendererContext ctx, Context context, int[] termCounter) {
      this.ctx = ctx;
      this.html = ctx.getWriter();
      this.context = context;
      this.termCounter = termCounter;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Link.class);
    }

    @Override
    public void render(Node node) {
      Link link = (Link) node;
      String dest = link.getDestination();
      if (dest.startsWith("glossary:")) {
        GlossaryEntry entry = context.glossary().get(dest.substring(9));
        if (entry == null) {
          renderChildren(link);
          return;
        }
        String id = "term-" + entry.id() + "-" + (++termCounter[0]);
        html.tag(
            "button",
            Map.of(
                "type",
                "button",
                "class",
                "pw-term",
                "aria-expanded",
                "false",
                "aria-controls",
                id));
        renderChildren(link);
        html.tag("/button");
        html.tag("span", Map.of("id", id, "class", "pw-term-def", "role", "note", "hidden", ""));
        html.tag("strong");
        html.text(entry.term());
        html.tag("/strong");
        html.text(": " + entry.definition());
        html.tag("/span");
        return;
      }
      String href = dest.startsWith("lesson:") ? "../" + dest.substring(7) : dest;
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("href", ctx.encodeUrl(href));
      html.tag("a", attrs);
      renderChildren(link);
      html.tag("/a");
    }

    private void renderChildren(Node parent) {
      Node child = parent.getFirstChild();
      while (child != null) {
        Node next = child.getNext();
        ctx.render(child);
        child = next;
      }
    }
  }
}
