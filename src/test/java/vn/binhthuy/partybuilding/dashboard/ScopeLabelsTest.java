package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.base.ui.ChartCard;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.binhthuy.partybuilding.dashboard.DashboardTestSupport.card;

/** Every label and export states the scope the figures have: unit after narrowing, year, every filter in force. */
class ScopeLabelsTest extends KaribuTest {

    private static final String WARDS = "Loại hình TCCSĐ: Đảng bộ phường";
    private static final String GROUP_B = "Nhóm biểu hiện: B. Đạo đức, lối sống";

    private static String scopeLine() {
        return _get(Paragraph.class, spec -> spec.withId("page-scope")).getText();
    }

    private static String subtitle(String cardId) {
        return card(cardId).getChart().getOption().title().subtext();
    }

    private static String file(String cardId) {
        return card(cardId).getChart().getOption().fileName();
    }

    private static DashboardPage page() {
        return _get(DashboardPage.class);
    }

    @Test
    void overviewFilteredByKindAndGroupSaysSoOnScreenInSubtitlesFilesAndExports() {
        open("?year=2017&kind=WARD&group=B");

        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2017 · " + WARDS + " · "
                + GROUP_B);
        // the heatmap is filtered by kind and group, the member chart by kind only: each says exactly that
        assertThat(subtitle("chart-heatmap")).contains("Đảng bộ quận Bình Thủy", WARDS, GROUP_B, "2017");
        assertThat(file("chart-heatmap")).isEqualTo("ban-do-nhiet-bieu-hien_quan-binh-thuy_dang-bo-phuong_nhom-b_2017");
        assertThat(card("chart-heatmap").getExportScope()).containsExactly("Đơn vị: Đảng bộ quận Bình Thủy",
                "Năm: 2017", WARDS, GROUP_B);
        assertThat(subtitle("chart-member-levels")).contains(WARDS).doesNotContain("Nhóm biểu hiện");
        assertThat(file("chart-member-levels")).endsWith("_quan-binh-thuy_dang-bo-phuong_2017");
        assertThat(card("chart-member-levels").getExportScope()).containsExactly("Đơn vị: Đảng bộ quận Bình Thủy",
                "Năm: 2017", WARDS);
        assertThat(page().pageScope().fileName("bao-cao")).isEqualTo("bao-cao_quan-binh-thuy_dang-bo-phuong_nhom-b_2017");
        assertThat(page().pageScope().lines(page()::getTranslation)).containsExactly(
                "Đơn vị: Đảng bộ quận Bình Thủy", "Năm: 2017", WARDS, GROUP_B);
    }

    @Test
    void anUnfilteredOverviewNamesTheDistrictAndYearOnly() {
        open("?year=2018");

        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ quận Bình Thủy · Năm: 2018");
        assertThat(file("chart-member-levels")).isEqualTo("xep-loai-dang-vien_quan-binh-thuy_2018");
    }

    @Test
    void aSecretarysDistrictWideIndicatorPageIsLabelledWithTheirOrganization() {
        login("bithu.longtuyen");
        open("indicators?year=2017&group=B");

        assertThat(scopeLine()).startsWith("Phạm vi: Đơn vị: Đảng bộ phường Long Tuyền · Năm: 2017")
                .doesNotContain("quận").endsWith(GROUP_B);
        for (ChartCard card : List.of(card("chart-findings-by-organization"), card("chart-findings-by-year"))) {
            String subtitle = card.getChart() == null ? "" : card.getChart().getOption().title().subtext();
            assertThat(subtitle).doesNotContain("quận");
        }
        assertThat(page().pageScope().fileName("bao-cao")).isEqualTo("bao-cao_phuong-long-tuyen_nhom-b_2017");
        assertThat(page().pageScope().lines(page()::getTranslation))
                .containsExactly("Đơn vị: Đảng bộ phường Long Tuyền", "Năm: 2017", GROUP_B);
    }

    @Test
    void aSecretarysRemediationPageIsLabelledWithTheirOrganization() {
        login("bithu.longtuyen");
        open("remediation?year=2019");

        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ phường Long Tuyền · Năm: 2019");
        assertThat(file("chart-progress")).endsWith("_phuong-long-tuyen_2019");
        assertThat(subtitle("chart-progress")).contains("Đảng bộ phường Long Tuyền").doesNotContain("quận");
    }

    @Test
    void anIndicatorChoiceIsAFilterOfItsOwn() {
        open("indicators?year=2018&indicator=A5");

        assertThat(scopeLine()).contains("Biểu hiện: A5 · ");
        assertThat(file("chart-findings-by-organization")).endsWith("_quan-binh-thuy_a5_2018");
        assertThat(subtitle("chart-findings-by-organization")).contains("Đảng bộ quận Bình Thủy", "Biểu hiện: A5");
    }

    @Test
    void aWardPageNamesTheWardEverywhere() {
        open("ward/p-long-tuyen?year=2017");

        assertThat(scopeLine()).isEqualTo("Phạm vi: Đơn vị: Đảng bộ phường Long Tuyền · Năm: 2017");
        assertThat(card("chart-cell-levels").getExportScope())
                .containsExactly("Đơn vị: Đảng bộ phường Long Tuyền", "Năm: 2017");
        // the trend covers every year, and says so
        assertThat(card("chart-trend").getExportScope())
                .containsExactly("Đơn vị: Đảng bộ phường Long Tuyền", "Các năm: 2016–2019");
        assertThat(file("chart-trend")).endsWith("_phuong-long-tuyen_2016-2019");
    }
}
