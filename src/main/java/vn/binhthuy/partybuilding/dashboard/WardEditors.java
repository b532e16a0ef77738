package vn.binhthuy.partybuilding.dashboard;

import vn.binhthuy.partybuilding.classification.ui.OrganizationRatingEditor;
import org.springframework.stereotype.Component;
import vn.binhthuy.partybuilding.classification.ClassificationService;
import vn.binhthuy.partybuilding.classification.MemberRatingEntry;
import vn.binhthuy.partybuilding.classification.MemberRatingService;
import vn.binhthuy.partybuilding.classification.OrganizationRatingService;
import vn.binhthuy.partybuilding.classification.RatingSubject;
import vn.binhthuy.partybuilding.reviews.NotebookEntry;
import vn.binhthuy.partybuilding.reviews.ReviewDelegation;
import vn.binhthuy.partybuilding.reviews.ReviewEntries;
import vn.binhthuy.partybuilding.reviews.ui.ReviewEntryDialog;
import vn.binhthuy.partybuilding.units.Unit;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The editors a grassroots organization's page opens: its rating, its review delegations and its notebook. Each
 * editor reads what it edits when it opens, so it starts from the latest saved version.
 */
@Component
class WardEditors {

    private final OrganizationRatingService organizationRatings;
    private final ClassificationService classification;
    private final ReviewEntries reviewEntries;
    private final MemberRatingService memberRatings;

    WardEditors(OrganizationRatingService organizationRatings, ClassificationService classification,
                ReviewEntries reviewEntries, MemberRatingService memberRatings) {
        this.organizationRatings = organizationRatings;
        this.classification = classification;
        this.reviewEntries = reviewEntries;
        this.memberRatings = memberRatings;
    }

    OrganizationRatingEditor rating(int year, Unit organization, Locale locale, Runnable onSaved) {
        return new OrganizationRatingEditor(organizationRatings, organizationRatings.read(year, organization.id()),
                organization.name(), classification.scale(RatingSubject.ORGANIZATION, year), locale, onSaved);
    }

    /** A new delegation ({@code existing} null) or a correction of one; the units are the organization and its cells. */
    ReviewEntryDialog delegation(long organizationId, int year, List<Unit> units, Locale locale,
                                 ReviewDelegation existing, Runnable onSaved) {
        Function<Unit, List<MemberRatingEntry>> membersOf = unit -> memberRatings.entries(year, unit.id());
        return ReviewEntryDialog.delegation(reviewEntries, organizationId, year, units, membersOf, locale, existing,
                onSaved);
    }

    ReviewEntryDialog notebook(long organizationId, List<Unit> units, Locale locale, NotebookEntry existing,
                               Runnable onSaved) {
        return ReviewEntryDialog.notebook(reviewEntries, organizationId, units, locale, existing, onSaved);
    }
}
