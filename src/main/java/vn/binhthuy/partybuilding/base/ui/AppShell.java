package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: Lumo (added explicitly in Vaadin 25) and the application's own stylesheet. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/app.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("description", "Bảng điều hành công tác xây dựng Đảng - Quận ủy Bình Thủy");
        // without a declared icon browsers ask for /favicon.ico and log a 404 on every first page
        settings.addLink("icon", "icons/favicon.svg");
    }
}
