package vn.binhthuy.partybuilding.export;

import java.text.Normalizer;
import java.util.Locale;

/**
 * File names that survive every operating system: Vietnamese without diacritics, lower case, dashes
 * ("Phường Long Tuyền" → "phuong-long-tuyen"), joined as chart_unit_year.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String slug(String text) {
        String withoutMarks = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = withoutMarks.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "du-lieu" : slug;
    }

    /** e.g. xep-loai-dang-vien_phuong-long-tuyen_2017 (no extension). */
    public static String of(String what, String unitName, int year) {
        return slug(what) + "_" + slug(unitName) + "_" + year;
    }
}
