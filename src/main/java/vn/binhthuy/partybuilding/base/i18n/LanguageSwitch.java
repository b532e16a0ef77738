package vn.binhthuy.partybuilding.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;

/** The language chosen for this browser session. */
public final class LanguageSwitch {

    private LanguageSwitch() {
    }

    public static Locale sessionLocale(UI ui) {
        VaadinSession session = ui.getSession();
        Locale chosen = session == null ? null : session.getAttribute(Locale.class);
        return chosen != null ? chosen : TranslationProvider.VIETNAMESE;
    }

    public static void choose(UI ui, Locale locale) {
        ui.getSession().setAttribute(Locale.class, locale);
        ui.setLocale(locale);
    }
}
