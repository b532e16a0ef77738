package vn.binhthuy.partybuilding.members.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.binhthuy.partybuilding.KaribuTest;
import vn.binhthuy.partybuilding.members.MemberRegister;
import vn.binhthuy.partybuilding.members.MemberRow;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class MembersViewTest extends KaribuTest {

    @Autowired MemberRegister register;

    @Test
    void aSecretarySearchesTheirOwnMembersPageByPage() {
        login("bithu.longtuyen");
        UI.getCurrent().navigate(MembersView.class);
        MembersView view = _get(MembersView.class);

        int size = GridKt._size(view.grid());
        assertThat(size).isEqualTo((int) register.count(view.filter())).isGreaterThan(300);
        assertThat(GridKt._fetch(view.grid(), 100, 50)).hasSize(50)
                .allMatch(r -> "Phường Long Tuyền".equals(r.organizationName()));

        MemberRow someone = GridKt._get(view.grid(), 7);
        HasValueUtilsKt._setValue(_get(TextField.class, spec -> spec.withId("member-search")), someone.code());
        assertThat(GridKt._size(view.grid())).isEqualTo(1);
        assertThat(GridKt._get(view.grid(), 0).fullName()).isEqualTo(someone.fullName());
    }
}
