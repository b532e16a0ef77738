package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.select.Select;

/** Selects of an enum's values, following the messages' convention: the label "key", each value "key.NAME". */
public final class EnumSelect {

    private EnumSelect() {
    }

    /** Sets the select's id, its label, the values with their labels, and the value chosen at first. */
    @SafeVarargs
    public static <E extends Enum<E>> void setUp(Select<E> select, String id, String key, E initial, E... values) {
        select.setId(id);
        select.setLabel(select.getTranslation(key));
        select.setItems(values);
        select.setItemLabelGenerator(value -> select.getTranslation(key + "." + value.name()));
        select.setValue(initial);
    }
}
