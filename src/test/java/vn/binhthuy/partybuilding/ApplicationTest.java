package vn.binhthuy.partybuilding;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one Spring context of the tests: the whole application on a random port, its throw-away embedded MariaDB with
 * the demo data, and the {@link TestClock}. Service, Karibu (mocked UI), HTTP and browser tests all use it, so the
 * context is started once and cached for every such class; a class that adds configuration of its own (an
 * {@code @Import}, other properties) gets a context of its own, so do that only when the test needs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface ApplicationTest {
}
