package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.Html;
import org.jsoup.nodes.Element;

import java.util.List;

/**
 * Links sent to the browser as one element: their texts are escaped by jsoup, and Flow's client router follows
 * them within the application as it follows a {@code RouterLink}. For lists of a hundred lines (a province's
 * districts), where a component per link kept four state nodes each in the session (docs/benchmarks.md,
 * session 7).
 */
public class LinkList extends Html {

    public record Link(String text, String href) {
    }

    public LinkList(String itemClassName, List<Link> links) {
        super(render(itemClassName, links));
    }

    private static String render(String itemClassName, List<Link> links) {
        Element list = new Element("span").addClass("link-list");
        for (Link link : links) {
            list.appendElement("a").attr("href", link.href()).addClass(itemClassName).text(link.text());
        }
        return list.outerHtml();
    }
}
