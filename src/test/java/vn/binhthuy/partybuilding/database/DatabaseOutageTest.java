package vn.binhthuy.partybuilding.database;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import java.util.Map;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.database.ui.ErrorView;
import vn.binhthuy.partybuilding.indicators.ui.IndicatorCatalogView;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database outage as a user meets it: the pool answers within its timeout with "no connection" (what Hikari
 * does when the server is down). The user is told so in Vietnamese, keeps the typed input, and the same tab
 * works again once the database is back. Readiness follows the database and the startup.
 */
@Import(DatabaseOutageTest.OutageSimulation.class)
class DatabaseOutageTest extends KaribuTest {

    static final AtomicBoolean DOWN = new AtomicBoolean();
    static final AtomicReference<ReadinessState> READINESS_AFTER_DEMO_DATA = new AtomicReference<>();

    @Autowired JdbcTemplate jdbc;
    @Autowired HealthEndpoint health;

    @AfterEach
    void databaseBack() {
        DOWN.set(false);
    }

    @Test
    void aSaveDuringAnOutageSaysSoKeepsTheInputAndWorksOnceTheDatabaseIsBack() {
        login("bantochuc");
        UI.getCurrent().navigate(IndicatorCatalogView.class);
        String original = jdbc.queryForObject("SELECT title_en FROM indicator WHERE code = 'A2'", String.class);
        GridKt._clickItem(_get(Grid.class, spec -> spec.withId("catalog-grid")), 1);
        assertThat(_get(Dialog.class).getHeaderTitle()).isEqualTo("A2");
        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("catalog-title-en")), "Typed during the outage");

        DOWN.set(true);
        clickReportingErrorsLikeVaadin(_get(Button.class, spec -> spec.withId("catalog-save")));

        NotificationsKt.expectNotifications("Không kết nối được cơ sở dữ liệu. Những gì bạn đã nhập vẫn được giữ nguyên; "
                + "vui lòng thử lại sau ít phút.");
        assertThat(_get(Dialog.class).isOpened()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("catalog-title-en")).getValue())
                .isEqualTo("Typed during the outage");

        DOWN.set(false);
        try {
            clickReportingErrorsLikeVaadin(_get(Button.class, spec -> spec.withId("catalog-save")));
            assertThat(jdbc.queryForObject("SELECT title_en FROM indicator WHERE code = 'A2'", String.class))
                    .isEqualTo("Typed during the outage");
// not rolled back: the outage is simulated on getting a connection, which a test transaction would already hold
        } finally {
            jdbc.update("UPDATE indicator SET title_en = ? WHERE code = 'A2'", original);
        }
    }

    @Test
    void aPageOpenedDuringAnOutageWaitsAndOpensItselfWhenTheDatabaseIsBack() {
        DOWN.set(true);
        UI.getCurrent().navigate("indicators", QueryParameters.simple(Map.of("year", "2017", "group", "B")));

        ErrorView error = _get(ErrorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("error-message")).getText())
                .startsWith("Hệ thống tạm thời không kết nối được cơ sở dữ liệu.")
                .doesNotContain("SQL", "Exception", "Connection is not available");
        assertThat(UI.getCurrent().getPollInterval()).isPositive();
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.DOWN);

        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(error.isAttached()).as("still waiting while the database is down").isTrue();

        DOWN.set(false);
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(error.isAttached()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("indicators");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters().getParameters())
                .containsEntry("year", java.util.List.of("2017")).containsEntry("group", java.util.List.of("B"));
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(health.healthForPath("readiness").getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void readinessStaysDownUntilTheDemoDataIsLoaded() {
        assertThat(READINESS_AFTER_DEMO_DATA.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
        assertThat(health.healthForPath("liveness").getStatus()).isEqualTo(Status.UP);
    }

    /** Karibu runs listeners directly; the running server hands their exceptions to the session's error handler. */
    private static void clickReportingErrorsLikeVaadin(Button button) {
        try {
            _click(button);
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OutageSimulation {

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && beanName.equals("dataSource")
                            ? new SwitchableDataSource(dataSource) : bean;
                }
            };
        }

        @Bean
        @Order(20)
        ApplicationRunner readinessRightAfterTheDemoData(ApplicationAvailability availability) {
            return args -> READINESS_AFTER_DEMO_DATA.set(availability.getReadinessState());
        }
    }

    static final class SwitchableDataSource extends DelegatingDataSource implements Closeable {

        SwitchableDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (DOWN.get()) {
                throw new SQLTransientConnectionException(
                        "embedded-mariadb - Connection is not available, request timed out after 3000ms.");
            }
            return super.getConnection();
        }

        @Override
        public void close() throws IOException {
            if (getTargetDataSource() instanceof Closeable closeable) {
                closeable.close();
            }
        }
    }
}
