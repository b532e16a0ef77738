package vn.binhthuy.partybuilding.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo data at startup when {@code partybuilding.demo-data.enabled} is true (the default on the embedded database). */
@Component
@Order(10)
@ConditionalOnProperty(name = "partybuilding.demo-data.enabled", havingValue = "true")
class DemoDataInitializer implements ApplicationRunner {

    private final DemoDataLoader loader;

    DemoDataInitializer(DemoDataLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load();
    }
}
