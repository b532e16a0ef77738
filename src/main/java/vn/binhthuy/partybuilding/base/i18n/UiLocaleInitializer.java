package vn.binhthuy.partybuilding.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;


/** Every UI starts in Vietnamese, whatever the browser says, unless the user switched to English in this session. */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(LanguageSwitch.sessionLocale(e.getUI())));
    }
}
