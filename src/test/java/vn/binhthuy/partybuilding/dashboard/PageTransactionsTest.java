package vn.binhthuy.partybuilding.dashboard;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each dashboard page is one snapshot: its page service reads everything it shows in one read-only transaction. */
class PageTransactionsTest extends KaribuTest {

    @Autowired PlatformTransactionManager transactions;
    @Autowired UnitService units;

    private final List<String> begun = new ArrayList<>();
    private Collection<TransactionExecutionListener> listenersBefore;

    @BeforeEach
    void recordTransactions() {
        ConfigurableTransactionManager manager = (ConfigurableTransactionManager) transactions;
        listenersBefore = List.copyOf(manager.getTransactionExecutionListeners());
        Thread test = Thread.currentThread();
        manager.addListener(new TransactionExecutionListener() {
            @Override
            public void afterBegin(TransactionExecution transaction, Throwable beginFailure) {
                if (Thread.currentThread() == test) {
                    begun.add(transaction.getTransactionName() + (transaction.isReadOnly() ? "" : " (read-write)"));
                }
            }
        });
    }

    @AfterEach
    void stopRecording() {
        ((ConfigurableTransactionManager) transactions).setTransactionExecutionListeners(new ArrayList<>(listenersBefore));
    }

    @ParameterizedTest
    @CsvSource({
            "?year=2017&kind=WARD&group=B, OverviewPageService",
            "ward/p-long-tuyen?year=2017, WardPageService",
            "indicators?year=2018&indicator=A5, IndicatorsPageService",
            "remediation?year=2019&organization=p-tra-noc&status=IN_PROGRESS, RemediationPageService"})
    void aPageIsReadInOneReadOnlyTransaction(String url, String pageService) {
        open(url);
        assertOneSnapshot(pageService);
    }

    @Test
    void aCellPageToo() {
        login("bantochuc");
        long cell = units.byCode("p-tra-noc-kv3").orElseThrow().id();
        begun.clear();
        open("cell/" + cell + "?year=2018");
        assertOneSnapshot("CellPageService");
    }

    /**
     * The page's own reads: the frame that checks the URL, then one transaction for all it shows; none writes. (The
     * sign-in check and the layout's year selector read before the page does, the drawer's unit picker after it.)
     */
    private void assertOneSnapshot(String pageService) {
        String frame = PageFrames.class.getName() + ".frame";
        String drawer = UnitNavigation.class.getName() + ".";
        assertThat(begun).contains(frame);
        assertThat(begun.subList(begun.indexOf(frame), begun.size()).stream().filter(name -> !name.startsWith(drawer)))
                .containsExactly(frame, PageFrames.class.getPackageName() + "." + pageService + ".load");
        assertThat(begun).noneMatch(name -> name.endsWith("(read-write)"));
    }
}
