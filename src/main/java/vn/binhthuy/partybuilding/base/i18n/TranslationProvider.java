package vn.binhthuy.partybuilding.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts from {@code i18n/messages_vi.properties} (default) and {@code i18n/messages_en.properties}.
 * Parameters are formatted with the locale's conventions (so {@code {0,number}} gives "4.164" in Vietnamese).
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.of("en", "GB");
    static final String BUNDLE = "i18n/messages";
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? VIETNAMESE : locale;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NoFallback.CONTROL).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key;
        }
    }

    /** Falls back to the base (Vietnamese) bundle, never to the JVM's default locale. */
    private static final class NoFallback {
        static final ResourceBundle.Control CONTROL =
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    }
}
