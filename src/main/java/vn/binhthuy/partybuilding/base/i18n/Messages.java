package vn.binhthuy.partybuilding.base.i18n;

/** Looks up a UI text for the current user's language; views pass their own {@code getTranslation}. */
@FunctionalInterface
public interface Messages {

    String get(String key, Object... params);
}
