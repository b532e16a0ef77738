package vn.binhthuy.partybuilding.base.i18n;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** Numbers, shares and dates the way the user's language writes them: 4.164 · 94,87% · 19/03/2018 in Vietnamese. */
public final class Formats {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH_YEAR_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private Formats() {
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A whole number as such, anything else with two decimals (94,87). */
    public static String decimal(Number value, Locale locale) {
        double v = value.doubleValue();
        if (v == Math.rint(v) && !(value instanceof Double || value instanceof Float)) {
            return number(value.longValue(), locale);
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(v);
    }

    /** A share 0..1 as a percentage with two decimals. */
    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(share);
    }

    /** dd/MM/yyyy in both languages: the format Vietnamese documents use, and unambiguous in British English. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DAY_MONTH_YEAR.withLocale(locale).format(date);
    }

    /** dd/MM/yyyy HH:mm:ss, to the second: when something happened (the audit log, a backup). */
    public static String dateTime(TemporalAccessor moment) {
        return DAY_MONTH_YEAR_TIME.format(moment);
    }

    /** The BCP 47 tag the browser's Intl API uses for the same conventions. */
    public static String languageTag(Locale locale) {
        return locale.toLanguageTag();
    }
}
