package org.councilpapers.extractors.read.tika;

import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Replays a jsoup document as the SAX events {@link XhtmlLayoutHandler} reads, so HTML goes through
 * the same block building as Tika's XHTML. Class rules from the page's style sheets are folded into
 * each element's {@code style} attribute ahead of its own declarations, so a cell shaded by
 * {@code class="green"} is shaded here too.
 */
final class HtmlEvents {
    private HtmlEvents() {}

    static void replay(Document doc, XhtmlLayoutHandler handler) {
        Map<String, String> rules = Css.classRules(doc.select("style").stream().map(Element::data).toList());
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && !(e instanceof Document)) {
                    String name = e.normalName();
                    handler.startElement("", name, name, attributes(e, rules));
                } else if (node instanceof TextNode t) {
                    char[] chars = t.getWholeText().toCharArray();
                    handler.characters(chars, 0, chars.length);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && !(e instanceof Document)) {
                    String name = e.normalName();
                    handler.endElement("", name, name);
                }
            }
        }, doc);
    }

    private static AttributesImpl attributes(Element e, Map<String, String> rules) {
        AttributesImpl atts = new AttributesImpl();
        StringBuilder style = new StringBuilder();
        if (!rules.isEmpty()) {
            for (String cls : e.classNames()) {
                String decls = rules.get(cls);
                if (decls != null) {
                    style.append(decls).append(';');
                }
            }
        }
        for (Attribute a : e.attributes()) {
            if (a.getKey().equals("style")) {
                style.append(a.getValue());
            } else {
                atts.addAttribute("", a.getKey(), a.getKey(), "CDATA", a.getValue());
            }
        }
        if (style.length() > 0) {
            atts.addAttribute("", "style", "style", "CDATA", style.toString());
        }
        return atts;
    }
}
