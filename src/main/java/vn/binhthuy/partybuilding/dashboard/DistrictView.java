package vn.binhthuy.partybuilding.dashboard;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.binhthuy.partybuilding.security.Role;

import java.util.Optional;

/**
 * One district below a province root: the same headline figures and chart families as the root's overview, per
 * grassroots organization of the district. URL: /district/{code}?year=2017. At the demo's scale the district is the
 * root and has no page of its own: its code is not found here, the overview is its page.
 */
@Route("district/:" + DistrictView.CODE)
@RolesAllowed({Role.Names.LEADERSHIP, Role.Names.ORG_BOARD, Role.Names.SECRETARY})
public class DistrictView extends SubtreeOverview {

    static final String CODE = "code";

    public DistrictView(OverviewPageService pages, PageFrames frames, ViewExports exports) {
        super(pages, frames, exports);
    }

    @Override
    protected Optional<OverviewPage> load(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        // the service refuses a district outside the user's; a secretary's own district is their organization
        Optional<OverviewPage> page = pages.loadDistrict(code, year(), parameters.kind(), parameters.group(),
                compareYear());
        if (page.isEmpty()) {
            event.rerouteToError(NotFoundException.class, getTranslation("district.not-found", code));
        } else if (frame.ownOrganization().isPresent()) {
            event.forwardTo("ward/" + frame.ownOrganization().get().code(), parameters.yearOnly());
            return Optional.empty();
        }
        return page;
    }
}
