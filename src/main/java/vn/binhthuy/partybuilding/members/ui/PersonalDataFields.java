package vn.binhthuy.partybuilding.members.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.binhthuy.partybuilding.members.MemberRow;

import java.util.Locale;

/** Name, gender, birth year, dates of admission and of becoming an official member: the personal data shared by admitting and correcting a member. */
class PersonalDataFields extends Div {

    final TextField name = new TextField();
    final Select<String> gender = new Select<>();
    final IntegerField birthYear = new IntegerField();
    final DatePicker admitted = new DatePicker();
    final DatePicker official = new DatePicker();

    PersonalDataFields(String idPrefix, Locale locale) {
        name.setId(idPrefix + "-name");
        name.setLabel(getTranslation("rating.member-name"));
        name.setMaxLength(160);
        gender.setId(idPrefix + "-gender");
        gender.setLabel(getTranslation("member.gender"));
        gender.setItems("M", "F");
        gender.setItemLabelGenerator(g -> getTranslation("F".equals(g) ? "member.female" : "member.male"));
        birthYear.setId(idPrefix + "-birth-year");
        birthYear.setLabel(getTranslation("member.birth-year"));
        admitted.setId(idPrefix + "-date");
        admitted.setLabel(getTranslation("member.admitted"));
        admitted.setLocale(locale);
        official.setId(idPrefix + "-official");
        official.setLabel(getTranslation("member.official"));
        official.setLocale(locale);
        official.setClearButtonVisible(true);
        add(name, gender, birthYear, admitted, official);
    }

    void fill(MemberRow member) {
        name.setValue(member.fullName());
        gender.setValue(member.gender());
        birthYear.setValue(member.birthYear());
        admitted.setValue(member.admittedOn());
        official.setValue(member.officialOn());
    }
}
