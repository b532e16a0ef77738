package vn.binhthuy.partybuilding.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import vn.binhthuy.partybuilding.base.i18n.LanguageSwitch;
import vn.binhthuy.partybuilding.base.i18n.TranslationProvider;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import java.util.ArrayList;
import java.util.List;

/**
 * The application shell around every view but the login page: title, year selector, language switch and the
 * signed-in user (password change, sign out) in the header; navigation to the views the user may open in the drawer.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String SCROLL_SCRIPT = "context://js/pb-scroll.js";

    private final Select<Integer> year = new Select<>();
    private final SideNav nav = new SideNav();
    private final List<SideNavItem> navItems = new ArrayList<>();
    private final List<Integer> years;
    private Location location;

    public MainLayout(SignedInUser user, FigureYears figureYears, PartyCommittee committee,
                      AuthenticationContext authentication, ObjectProvider<DrawerExtension> drawerExtensions) {
        years = user.seesPartyData() ? figureYears.years().reversed() : List.of();

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("app-title");
        Span subtitle = new Span(committee.name(getLocale()));
        subtitle.setId("app-subtitle");
        subtitle.addClassNames("kpi-detail");
        Div titles = new Div(title, subtitle);

        year.setLabel(getTranslation("header.year"));
        year.setItems(years);
        year.setVisible(!years.isEmpty());
        year.setWidth("8em");
        year.setId("year-select");
        year.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && location != null) {
                UI.getCurrent().navigate(location.getPath(), YearParameter.with(location, e.getValue()));
            }
        });

        Button language = new Button(getTranslation("header.language.switch"), e -> switchLanguage());
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setTooltipText(getTranslation("header.language.switch.tooltip"));

        MenuBar account = new MenuBar();
        account.setId("account-menu");
        account.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem userMenu = account.addItem(user.displayName());
        userMenu.getSubMenu().addItem(getTranslation("header.password"), e -> UI.getCurrent().navigate("password"))
                .setId("menu-password");
        userMenu.getSubMenu().addItem(getTranslation("header.logout"), e -> authentication.logout())
                .setId("menu-logout");

        Div tools = new Div(year, language, account);
        tools.addClassName("app-header-tools");
        // one banner landmark around the header's parts; display: contents keeps them the navbar's flex items
        Header header = new Header(new DrawerToggle(), titles, tools);
        header.addClassName("app-header");
        addToNavbar(header);

        // views declare themselves with @Menu(title = "<message key>"), so the shell needs no list of views
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path(), new Icon(entry.icon()));
            navItems.add(item);
            nav.addItem(item);
        });
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        drawerExtensions.orderedStream().filter(DrawerExtension::isAvailable).map(DrawerExtension::create)
                .forEach(this::addToDrawer);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** The view is the page's main landmark: assistive technology can jump to it past header and navigation. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        boolean newPage = location == null || !location.getPath().equals(event.getLocation().getPath());
        location = event.getLocation();
        // a drill-down starts at the top of the next page, not where the click happened; Back returns to it
        getElement().executeJs("window.pbScroll && window.pbScroll.navigated($0)", newPage);
        if (!years.isEmpty()) {
            year.setValue(YearParameter.valid(location, years).orElse(years.getFirst()));
            // moving between views keeps the selected year
            navItems.forEach(item -> item.setQueryParameters(QueryParameters.of(YearParameter.NAME,
                    String.valueOf(year.getValue()))));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().getPage().addJavaScript(SCROLL_SCRIPT);
    }

    private void switchLanguage() {
        UI ui = UI.getCurrent();
        boolean english = "en".equals(ui.getLocale().getLanguage());
        LanguageSwitch.choose(ui, english ? TranslationProvider.VIETNAMESE : TranslationProvider.ENGLISH);
        ui.getPage().reload();
    }
}
