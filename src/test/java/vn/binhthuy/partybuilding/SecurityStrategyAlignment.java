package vn.binhthuy.partybuilding;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Vaadin's security configuration installs its own SecurityContextHolderStrategy globally, once per application
 * context. Tests run several contexts in one JVM (mocked UI, real server, first start without demo data), so
 * before each test the global strategy is set back to the one of the test's own context; otherwise a signed-in
 * test user would be written where that context's services do not look.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        }
    }

    @Override
    public int getOrder() {
        // before spring-security-test's WithSecurityContextTestExecutionListener (order 10000)
        return 5000;
    }
}
