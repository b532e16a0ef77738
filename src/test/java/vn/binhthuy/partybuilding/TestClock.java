package vn.binhthuy.partybuilding;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The clock of every Spring test context: the test JVM starts on {@link #TODAY} at 09:00 in Việt Nam, whatever
 * the machine's date, so tests that reason about "today" (deadlines, overdue plans, the current year) do not
 * change with the calendar. It still runs: the login brake, backups named to the second, sessions and the audit
 * log's order need time to pass. Registered for all contexts through {@code META-INF/spring.factories} as the
 * primary {@link Clock}; tests that need "today" inject the {@code Clock} or use {@link #TODAY}.
 */
public final class TestClock implements ContextCustomizerFactory {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant START = LocalDateTime.of(TODAY, LocalTime.of(9, 0)).atZone(ZONE).toInstant();

    /** One offset for the whole JVM, computed once: every context's clock shows the same time. */
    public static final Clock CLOCK = Clock.offset(Clock.system(ZONE), Duration.between(Instant.now(), START));

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return new PrimaryClock();
    }

    /** A record, so equal in every test class: the context cache is not split by this customizer. */
    private record PrimaryClock() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            RootBeanDefinition clock = new RootBeanDefinition(Clock.class, () -> CLOCK);
            clock.setPrimary(true);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
        }
    }
}
