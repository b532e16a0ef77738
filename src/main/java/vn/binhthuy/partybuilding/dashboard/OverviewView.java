package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;

import java.util.Optional;

/**
 * The overview of the root: the district of the demo (per grassroots organization), or the province above several
 * districts (per district, and per organization directly under the province). URL: /?year=2017.
 */
@Route("")
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
@Menu(title = "nav.overview", order = 0, icon = "vaadin:dashboard")
public class OverviewView extends SubtreeOverview {

    public OverviewView(OverviewPageService pages, PageFrames frames, ViewExports exports) {
        super(pages, frames, exports);
    }

    @Override
    protected Optional<OverviewPage> load(BeforeEnterEvent event) {
        // a secretary's overview is their own organization, a district leader's their district
        if (frame.ownOrganization().isPresent()) {
            event.forwardTo("ward/" + frame.ownOrganization().get().code(), parameters.yearOnly());
            return Optional.empty();
        }
        if (frame.ownDistrict().isPresent()) {
            event.forwardTo("district/" + frame.ownDistrict().get().code(), parameters.query());
            return Optional.empty();
        }
        return Optional.of(pages.load(null, year(), parameters.kind(), parameters.group(), compareYear()));
    }
}
