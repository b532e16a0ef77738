package vn.binhthuy.partybuilding.dashboard;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.export.Briefing;
import vn.binhthuy.partybuilding.export.PdfBriefingWriter;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.indicators.IndicatorService;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview's briefing explains the heatmap's column codes A1–C9 with the manifestations' wording. */
class HeatmapKeyBriefingTest extends KaribuTest {

    @Autowired IndicatorService indicators;

    @Test
    void theBriefingOfTheOverviewCarriesTheKeyToTheHeatmapCodes() throws Exception {
        open("?year=2017");
        OverviewView view = _get(OverviewView.class);
        List<Indicator> catalog = indicators.catalog();
        assertThat(catalog).hasSize(27);

        Briefing.Notes key = view.briefingNotes().stream()
                .filter(notes -> notes.title().equals("Chú giải mã biểu hiện A1–C9")).findFirst().orElseThrow();
        assertThat(key.lines()).hasSize(27)
                .allSatisfy(line -> assertThat(line).matches("[ABC][1-9] · .+"));

        String text = written(view.briefingNotes());
        // PDF text breaks long lines: the code and the first words of each manifestation, with their diacritics
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Chú giải mã biểu hiện A1–C9");
        for (Indicator indicator : catalog) {
            String firstWords = String.join(" ", Arrays.asList(indicator.titleVi().split(" ")).subList(0,
                    Math.min(4, indicator.titleVi().split(" ").length)));
            assertThat(flat).contains(indicator.code() + " · " + firstWords);
        }
    }

    @Test
    void aGroupFilterKeysOnlyTheCodesTheHeatmapShows() {
        open("?year=2017&group=B");
        Briefing.Notes key = _get(OverviewView.class).briefingNotes().stream()
                .filter(notes -> notes.title().equals("Chú giải mã biểu hiện A1–C9")).findFirst().orElseThrow();
        assertThat(key.lines()).hasSize(9).allSatisfy(line -> assertThat(line).startsWith("B"));
    }

    private static String written(List<Briefing.Notes> notes) throws Exception {
        Briefing briefing = new Briefing("Tổng quan Đảng bộ quận Bình Thủy - năm 2017", List.of("Năm: 2017"), "lanhdao",
                LocalDateTime.of(2026, 6, 15, 9, 0), List.of(), notes, List.of(), List.of(),
                new Briefing.Labels("Xuất lúc", "Các chỉ số chính", "Trang", "/", "tiếp theo",
                        "Không có số liệu trong phạm vi này."));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefingWriter().write(briefing, String::valueOf, out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
