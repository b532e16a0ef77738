package vn.binhthuy.partybuilding.export.ui;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The dataset page shows the year of the header's selector (the URL), never a year picker of its own. */
class ExportViewTest extends KaribuTest {

    @Test
    void theWorkbookIsOfTheYearInTheUrl() {
        login("bantochuc");
        UI.getCurrent().navigate("export", QueryParameters.of("year", "2017"));

        assertThat(_get(Paragraph.class, spec -> spec.withId("dataset-year")).getText()).startsWith("Năm 2017");
        assertThat(_get(Anchor.class, spec -> spec.withId("dataset-download")).getText())
                .isEqualTo("Tải du-lieu_quan-binh-thuy_2017.xlsx");
        assertThat(_get(ExportView.class).year()).isEqualTo(2017);
    }

    @Test
    void aYearWithoutFiguresIsCorrectedInTheUrl() {
        login("bantochuc");
        UI.getCurrent().navigate("export", QueryParameters.of("year", "1999"));

        assertThat(location()).isEqualTo("export?year=2019");
        assertThat(_get(ExportView.class).year()).isEqualTo(2019);
        NotificationsKt.expectNotifications("Năm \"1999\" không hợp lệ hoặc chưa có dữ liệu; đang hiển thị năm 2019.");
    }
}
