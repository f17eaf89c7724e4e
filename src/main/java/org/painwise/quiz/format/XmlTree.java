package org.painwise.quiz.format;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small read-only element tree built with the JDK's SAX parser, so that every element knows the
 * line it starts on. The parser is configured against XXE: no DOCTYPE, no external entities or
 * DTDs, secure processing on.
 */
final class XmlTree {

  /** An element: its name, attributes, own text (character data and CDATA) and child elements. */
  static final class Element {
    private final String name;
    private final Map<String, String> attributes;
    private final StringBuilder text = new StringBuilder();
    private final List<Element> children = new ArrayList<>();
    private final Position position;

    Element(String name, Map<String, String> attributes, Position position) {
      this.name = name;
      this.attributes = attributes;
      this.position = position;
    }

    String name() {
      return name;
    }

    Position position() {
      return position;
    }

    Optional<String> attribute(String key) {
      return Optional.ofNullable(attributes.get(key));
    }

    List<Element> children() {
      return children;
    }

    List<Element> children(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<Element> child(String childName) {
      return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /**
     * @return this element's own text, line endings normalised, trimmed
     */
    String text() {
      return Texts.normaliseNewlines(text.toString()).strip();
    }

    /**
     * @return the trimmed text of the element found by following {@code path}, or ""
     */
    String textAt(String... path) {
      Optional<Element> e = Optional.of(this);
      for (String step : path) {
        e = e.flatMap(x -> x.child(step));
      }
      return e.map(Element::text).orElse("");
    }
  }

  /** The root element, or the one problem that stopped the parse. */
  record Result(Element root, Problem problem) {}

  private XmlTree() {}

  /**
   * Parses a document; malformed XML (and any DOCTYPE) gives a problem with the parser's line and
   * column.
   *
   * @throws QuizFormatException if reading the source fails or the JDK parser cannot be configured
   */
  static Result parse(InputSource source) {
    Builder builder = new Builder();
    try {
      SAXParser parser = secureFactory().newSAXParser();
      parser.parse(source, builder);
      return new Result(builder.root, null);
    } catch (SAXParseException e) {
      return new Result(
          null,
          problem(
              e, new Position(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0))));
    } catch (SAXException e) {
      return new Result(
          null,
          Problem.error(
              Position.UNKNOWN, "quiz_import.problem.invalidXml", String.valueOf(e.getMessage())));
    } catch (CharConversionException e) {
      return new Result(null, Problem.error(Position.UNKNOWN, "quiz_import.problem.encoding"));
    } catch (IOException e) {
      throw new QuizFormatException("Could not read the quiz: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new QuizFormatException(
          "The XML parser cannot be configured securely: " + e.getMessage(), e);
    }
  }

  private static Problem problem(SAXParseException e, Position at) {
    String detail = String.valueOf(e.getMessage());
    if (detail.contains("DOCTYPE")) {
      return Problem.error(at, "quiz_import.problem.doctype");
    }
    return Problem.error(at, "quiz_import.problem.invalidXml", detail);
  }

  private static SAXParserFactory secureFactory()
      throws ParserConfigurationException, SAXException {
    SAXParserFactory f = SAXParserFactory.newInstance();
    f.setNamespaceAware(false);
    f.setValidating(false);
    f.setXIncludeAware(false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f;
  }

  /** Builds the tree from SAX events. */
  private static final class Builder extends DefaultHandler {
    private final Deque<Element> open = new ArrayDeque<>();
    private Element root;
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator value) {
      locator = value;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < attrs.getLength(); i++) {
        attributes.put(attrs.getQName(i), attrs.getValue(i));
      }
      Position at =
          locator == null
              ? Position.UNKNOWN
              : new Position(
                  Math.max(locator.getLineNumber(), 0), Math.max(locator.getColumnNumber(), 0));
      Element e = new Element(qName, attributes, at);
      if (open.isEmpty()) {
        root = e;
      } else {
        open.peek().children.add(e);
      }
      open.push(e);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
