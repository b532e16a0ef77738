package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Entering and correcting a grassroots organization's yearly rating: a level of that year's organization scale,
 * "tiêu biểu" only with a level that allows it (TSVM until 2017), version-checked and audited.
 */
@Service
public class OrganizationRatingService {

    private final ClassificationQueries queries;
    private final OrganizationRatingRepository repository;
    private final AccessGuard guard;
    private final AuditLog audit;

    public OrganizationRatingService(ClassificationQueries queries, OrganizationRatingRepository repository,
                                     AccessGuard guard, AuditLog audit) {
        this.queries = queries;
        this.repository = repository;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public OrganizationRatingEntry read(int year, long organizationId) {
        guard.checkOrganization(organizationId);
        return queries.organizationRatingEntry(year, organizationId);
    }

    public boolean mayEdit(long organizationId) {
        return guard.mayEditOrganization(organizationId);
    }

    /** Whether the year's organization scale distinguishes exemplary organizations (the 2014 guidance did). */
    public boolean hasExemplary(int year) {
        return queries.scale(RatingSubject.ORGANIZATION, year).stream().anyMatch(RatingLevel::exemplaryAllowed);
    }

    /** The levels of the year's organization scale, best first (what an editor or an import may choose from). */
    @Transactional(readOnly = true)
    public List<RatingLevel> scale(int year) {
        return queries.scale(RatingSubject.ORGANIZATION, year);
    }

    /**
     * Writes an import's checked ratings of a year (new ones, and stored ones at the version the import read: a
     * rating changed since is refused by its version). Only the Organization Board rates organizations by file, and
     * the scale's rules hold as in the editor: a level of the year's scale, "tiêu biểu" only where the level allows it.
     */
    @Transactional
    public void saveImported(int year, List<OrganizationRatingAggregate> ratings) {
        guard.requireOrganizationBoard();
        Map<Long, RatingLevel> levels = scale(year).stream()
                .collect(Collectors.toMap(RatingLevel::id, l -> l));
        for (OrganizationRatingAggregate rating : ratings) {
            RatingLevel level = levels.get(rating.levelId());
            if (rating.ratingYear() != year || level == null) {
                throw new InvalidInputException("rating.error.level-not-in-scale");
            }
            if (rating.exemplary() && !level.exemplaryAllowed()) {
                throw new InvalidInputException("rating.error.exemplary");
            }
        }
        repository.saveAll(ratings);
    }

    @Transactional
    public OrganizationRatingEntry save(OrganizationRatingEntry read, String levelCode, boolean exemplary, String note) {
        guard.requireEditorOf(read.organizationId());
        if (levelCode == null || levelCode.isBlank()) {
            throw new InvalidInputException("rating.error.level-required");
        }
        RatingLevel level = queries.scale(RatingSubject.ORGANIZATION, read.year()).stream()
                .filter(l -> l.code().equals(levelCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("rating.error.level-not-in-scale"));
        if (exemplary && !level.exemplaryAllowed()) {
            throw new InvalidInputException("rating.error.exemplary");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new InvalidInputException("rating.error.note-too-long");
        }
        OrganizationRatingEntry current = queries.organizationRatingEntry(read.year(), read.organizationId());
        Map<String, Object> after = Map.of("level", level.code(), "exemplary", exemplary);
        if (read.ratingId() == null) {
            if (current.ratingId() != null) {
                throw new OptimisticLockingFailureException("Rated meanwhile by someone else");
            }
            repository.save(OrganizationRatingAggregate.first(read.organizationId(), read.year(), level.id(), exemplary,
                    cleanNote));
            audit.record(AuditAction.RECORD_CREATED, "ORGANIZATION_RATING", read.organizationId() + "/" + read.year(),
                    null, null, after);
        } else {
            repository.save(OrganizationRatingAggregate.corrected(read, level.id(), exemplary, cleanNote));
            audit.record(AuditAction.RECORD_UPDATED, "ORGANIZATION_RATING", read.organizationId() + "/" + read.year(),
                    null, Map.of("level", current.levelCode(), "exemplary", current.exemplary()), after);
        }
        return queries.organizationRatingEntry(read.year(), read.organizationId());
    }
}
