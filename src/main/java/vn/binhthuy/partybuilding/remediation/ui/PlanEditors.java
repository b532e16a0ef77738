package vn.binhthuy.partybuilding.remediation.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.indicators.Indicator;
import vn.binhthuy.partybuilding.remediation.PlanUpdates;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** Makes the plan dialogs for the pages that open them, so a page needs one collaborator for all of them. */
@SpringComponent
public class PlanEditors {

    private final PlanUpdates updates;
    private final Clock clock;

    PlanEditors(PlanUpdates updates, Clock clock) {
        this.updates = updates;
        this.clock = clock;
    }

    /** Whether the current user may make plans for the unit. */
    public boolean mayCreate(long unitId) {
        return updates.mayCreate(unitId);
    }

    /** One plan, read now; onChange runs after each save. */
    public PlanDialog plan(long planId, Locale locale, Runnable onChange) {
        return new PlanDialog(updates, clock, planId, locale, onChange);
    }

    /** A new plan of the unit or one of the members given. */
    public PlanCreateDialog newPlan(int year, long unitId, List<MemberRatingEntry> members, List<Indicator> catalog,
                                    Locale locale, Runnable onSaved) {
        return new PlanCreateDialog(updates, year, unitId, members, catalog, locale, onSaved);
    }
}
