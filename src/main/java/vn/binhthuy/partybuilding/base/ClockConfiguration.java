package vn.binhthuy.partybuilding.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    /** Deadlines and "overdue" are judged by the calendar in Việt Nam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The application's clock; the command-line tools, which start no application, use one of the same zone. */
    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}
