package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import vn.binhthuy.partybuilding.base.i18n.Formats;
import vn.binhthuy.partybuilding.base.ui.ChartCard;
import vn.binhthuy.partybuilding.base.ui.KpiCard;
import vn.binhthuy.partybuilding.export.Briefing;
import vn.binhthuy.partybuilding.security.PartyUser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * "Xuất báo cáo PDF" of a dashboard page: asks the browser for a PNG of every chart on the page (the browser draws
 * them), puts them with their tables and the KPI figures into a PDF, and offers it for download. A dialog with a
 * progress bar stays up meanwhile; the UI thread is never blocked waiting for the browser.
 */
class BriefingDownload {

    private static final long IMAGE_WAIT_SECONDS = 45;

    private final DashboardPage page;
    private final ViewExports exports;
    private final Dialog dialog = new Dialog();

    BriefingDownload(DashboardPage page, ViewExports exports) {
        this.page = page;
        this.exports = exports;
    }

    void start() {
        dialog.setHeaderTitle(page.getTranslation("briefing.title"));
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        dialog.add(new Paragraph(page.getTranslation("briefing.preparing")), progress);
        page.add(dialog);
        dialog.open();

        List<ChartCard> cards = charts();
        List<CompletableFuture<String>> images = cards.stream()
                .map(card -> card.getChart().getElement().callJsFunction("toDataUrl", Briefing.IMAGE_WIDTH_PX,
                                Briefing.IMAGE_PIXEL_RATIO).toCompletableFuture(String.class)
                        // a browser that never answers (gone, or a chart it cannot reach) costs the image, not the PDF
                        .completeOnTimeout(null, IMAGE_WAIT_SECONDS, TimeUnit.SECONDS)
                        .exceptionally(error -> null))
                .toList();
        CompletableFuture.allOf(images.toArray(CompletableFuture[]::new))
                .thenRun(() -> page.getUI().ifPresent(ui -> ui.access(() -> offer(cards, images))));
    }

    private void offer(List<ChartCard> cards, List<CompletableFuture<String>> images) {
        Briefing briefing = briefing(cards, images.stream().map(image -> decode(image.getNow(null))).toList());
        String fileName = fileName();
        byte[] pdf = render(briefing, fileName);

        dialog.removeAll();
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            event.getOutputStream().write(pdf);
        }, AttachmentType.DOWNLOAD, page.getTranslation("briefing.download", fileName));
        link.setId("briefing-download");
        dialog.add(new Paragraph(page.getTranslation("briefing.ready")), link);
        // one click: the download starts by itself; the link stays for a second copy or a blocked download
        link.getElement().executeJs("this.click()");
        dialog.getFooter().add(new Button(page.getTranslation("user.close"), e -> dialog.close()));
    }

    /** The page's charts that have figures, in page order: each goes into the briefing with its image. */
    List<ChartCard> charts() {
        return descendants(page, ChartCard.class).stream().filter(c -> !c.isEmpty()).toList();
    }

    /** The briefing of the page as shown, with the charts' PNG images (null where the browser gave none). */
    Briefing briefing(List<ChartCard> cards, List<byte[]> images) {
        List<Briefing.Chart> charts = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            charts.add(new Briefing.Chart(cards.get(i).getTable(), images.get(i),
                    cards.get(i).getChart().smallestTextPx() * Briefing.IMAGE_PIXEL_RATIO));
        }
        List<Briefing.Figure> figures = descendants(page, KpiCard.class).stream()
                .map(k -> new Briefing.Figure(k.getLabel(), k.getValue(), detailWithChange(k))).toList();
        String user = exports.currentUser().get().map(PartyUser::displayName)
                .or(exports.currentUser()::username).orElse("");
        PageScope scope = page.pageScope();
        return new Briefing(page.pageHeading(), scope.lines(page::getTranslation), user,
                LocalDateTime.now(exports.clock()), figures, page.briefingNotes(), charts, page.briefingTables(),
                new Briefing.Labels(page.getTranslation("briefing.exported"), page.getTranslation("briefing.figures"),
                        page.getTranslation("briefing.page"), page.getTranslation("briefing.of"),
                        page.getTranslation("briefing.continued"), page.getTranslation("briefing.none")));
    }

    /** A KPI's detail and, where the card shows one, its change ("+2 so với 2016"), as the page shows both. */
    private static String detailWithChange(KpiCard card) {
        if (card.getDelta().isEmpty()) {
            return card.getDetail();
        }
        return card.getDetail().isEmpty() ? card.getDelta() : card.getDetail() + "; " + card.getDelta();
    }

    String fileName() {
        return page.pageScope().fileName(page.getTranslation("briefing.file")) + ".pdf";
    }

    byte[] render(Briefing briefing, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            java.util.Locale locale = page.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.getDefault());
            exports.briefings().write(briefing, fileName, n -> Formats.decimal(n, locale), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] decode(String dataUrl) {
        if (dataUrl == null || !dataUrl.startsWith("data:image/png;base64,")) {
            return null;
        }
        return Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()));
    }

    private static <T extends Component> List<T> descendants(Component root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Component> void collect(Component component, Class<T> type, List<T> found) {
        if (type.isInstance(component)) {
            found.add(type.cast(component));
        }
        component.getChildren().forEach(child -> collect(child, type, found));
    }
}
