package vn.binhthuy.partybuilding.base.ui;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinkListTest {

    @Test
    void namesFromTheRegisterStayTextWhateverTheyContain() {
        String hostile = "Chi bộ <img src=x onerror=alert(1)> \"A\" & B";
        LinkList list = new LinkList("rule-check-item", List.of(
                new LinkList.Link(hostile, "ward/p-a?year=2019"),
                new LinkList.Link("Phường Trà Nóc: 25,06% (105/419)", "ward/p-tra-noc?year=2019\" onclick=\"x")));

        List<Element> links = Jsoup.parseBodyFragment(list.getInnerHtml()).select("a");
        assertThat(links).hasSize(2);
        assertThat(links.getFirst().text()).isEqualTo(hostile);
        assertThat(links.getFirst().select("img")).isEmpty();
        assertThat(links.getFirst().hasClass("rule-check-item")).isTrue();
        assertThat(links.getLast().attributes().size()).isEqualTo(2);
        assertThat(links.getLast().attr("href")).isEqualTo("ward/p-tra-noc?year=2019\" onclick=\"x");
        assertThat(list.getElement().getTag()).isEqualTo("span");
    }
}
