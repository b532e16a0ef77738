package vn.binhthuy.partybuilding.classification.ui;

import com.vaadin.flow.component.select.Select;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;

import java.util.ArrayList;
import java.util.List;

/** Whom an entry of a cell (a finding, a plan) is about: one of its members, or the cell as a collective (memberId null). */
public record CellSubject(Long memberId, String label) {

    /** A select of the collective (chosen at first) and then the cell's members, each as "code · name". */
    public static Select<CellSubject> select(List<MemberRatingEntry> members, String collectiveLabel) {
        List<CellSubject> subjects = new ArrayList<>();
        subjects.add(new CellSubject(null, collectiveLabel));
        members.forEach(m -> subjects.add(new CellSubject(m.memberId(),
                m.fullName() == null ? m.memberCode() : m.memberCode() + " · " + m.fullName())));
        Select<CellSubject> select = new Select<>();
        select.setItems(subjects);
        select.setItemLabelGenerator(CellSubject::label);
        select.setValue(subjects.getFirst());
        return select;
    }
}
