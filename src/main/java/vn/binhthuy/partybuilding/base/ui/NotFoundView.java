package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found" in the user's language, inside the application shell, with the reason when there is one. */
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    private final Paragraph message = new Paragraph();

    public NotFoundView() {
        addClassName("dashboard");
        Anchor back = new Anchor(".", getTranslation("not-found.back"));
        back.setId("not-found-back");
        add(new H2(getTranslation("not-found.title")), message, back);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        message.setId("not-found-message");
        message.setText(parameter.hasCustomMessage() ? parameter.getCustomMessage()
                : getTranslation("not-found.title") + ": /" + event.getLocation().getPath());
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
