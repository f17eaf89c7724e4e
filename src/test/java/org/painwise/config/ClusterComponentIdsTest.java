package org.painwise.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A view that one node of the cluster rendered must restore on another (README "Cluster"). Partial
 * state saving keys a view's saved state by client id, and without {@code
 * com.sun.faces.useFaceletsID} Mojarra numbers the ids of components that have none (j_idt12) per
 * page and per server, in the order that server first meets them, skipping a number when two
 * requests build a page for the first time at once. The failover test then saw node 2 restore the
 * state of one component into another ({@code ArrayIndexOutOfBoundsException} in {@code
 * UIComponentBase.restoreState}) for every view that node 1 had rendered. The setting makes the ids
 * Facelets' own, a function of the files only.
 */
class ClusterComponentIdsTest {

  @Test
  void componentIdsComeFromTheFaceletsFilesOnly() throws Exception {
    assertEquals("true", contextParams().get("com.sun.faces.useFaceletsID"));
  }

  private static Map<String, String> contextParams() throws Exception {
    Document web =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
    Map<String, String> params = new HashMap<>();
    NodeList list = web.getElementsByTagName("context-param");
    for (int i = 0; i < list.getLength(); i++) {
      Element param = (Element) list.item(i);
      params.put(
          param.getElementsByTagName("param-name").item(0).getTextContent().strip(),
          param.getElementsByTagName("param-value").item(0).getTextContent().strip());
    }
    return params;
  }
}
