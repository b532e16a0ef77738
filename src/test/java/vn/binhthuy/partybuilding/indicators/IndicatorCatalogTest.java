package vn.binhthuy.partybuilding.indicators;

import vn.binhthuy.partybuilding.ApplicationTest;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditFilter;
import vn.binhthuy.partybuilding.audit.AuditLog;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
@Transactional
@WithUserDetails("bantochuc")
class IndicatorCatalogTest {

    @Autowired IndicatorService indicators;
    @Autowired AuditLog audit;

    private Indicator a5() {
        return indicators.catalog().stream().filter(i -> i.code().equals("A5")).findFirst().orElseThrow();
    }

    @Test
    void theBoardCorrectsTheWordingInNfcAndItIsAudited() {
        Indicator read = a5();
        String nfd = Normalizer.normalize("Giấu giếm khuyết điểm; nể nang, né tránh phê bình", Normalizer.Form.NFD);

        indicators.updateWording(read, nfd, "Hiding faults; avoiding criticism");

        assertThat(a5().titleVi()).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        assertThat(a5().code()).isEqualTo("A5");
        var event = audit.find(new AuditFilter("bantochuc", AuditAction.RECORD_UPDATED, null, null), 0, 1).getFirst();
        assertThat(event.entityId()).isEqualTo("A5");
        assertThat(event.beforeValue()).contains(read.titleVi());
    }

    @Test
    void aStaleEditIsRefusedAndEmptyWordingRejected() {
        Indicator read = a5();
        indicators.updateWording(read, "Lần sửa thứ nhất", "First edit");

        assertThatThrownBy(() -> indicators.updateWording(read, "Lần sửa thứ hai", "Second edit"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> indicators.updateWording(a5(), "  ", "x"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("catalog.error.required"));
        assertThat(a5().titleVi()).isEqualTo("Lần sửa thứ nhất");
    }

    @Test
    @WithUserDetails("lanhdao")
    void leadershipCannotEditTheCatalog() {
        assertThatThrownBy(() -> indicators.updateWording(a5(), "x", "y")).isInstanceOf(AccessDeniedException.class);
    }
}
