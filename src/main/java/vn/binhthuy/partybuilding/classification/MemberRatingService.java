package vn.binhthuy.partybuilding.classification;

import vn.binhthuy.partybuilding.base.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.security.AccessGuard;
import vn.binhthuy.partybuilding.units.Unit;
import vn.binhthuy.partybuilding.units.UnitService;

import java.util.List;
import java.util.Map;

/**
 * Entering and correcting the yearly rating of one member. Only levels of that year's scale are accepted; a save
 * based on an outdated read is refused (the other person's change is kept); every change is audited.
 */
@Service
public class MemberRatingService {


    private final MemberRatingQueries queries;
    private final MemberRatingRepository repository;
    private final ClassificationQueries classification;
    private final AccessGuard guard;
    private final UnitService units;
    private final AuditLog audit;

    public MemberRatingService(MemberRatingQueries queries, MemberRatingRepository repository,
                               ClassificationQueries classification, AccessGuard guard, UnitService units,
                               AuditLog audit) {
        this.queries = queries;
        this.repository = repository;
        this.classification = classification;
        this.guard = guard;
        this.units = units;
        this.audit = audit;
    }

    /** The members of a cell with their ratings; names only for those allowed to read them. */
    @Transactional(readOnly = true)
    public List<MemberRatingEntry> entries(int year, long unitId) {
        guard.checkUnit(unitId);
        boolean names = units.byId(unitId).flatMap(units::organizationOf)
                .map(org -> guard.mayReadMemberNames(org.id())).orElse(false);
        List<MemberRatingEntry> entries = queries.entries(year, unitId);
        return names ? entries : entries.stream().map(MemberRatingEntry::withoutName).toList();
    }

    /** Whether the current user may enter ratings in this unit (the Organization Board, or its own secretary). */
    public boolean mayEdit(long unitId) {
        return guard.mayEditUnit(unitId);
    }

    /**
     * Saves the rating read as {@code read} with a new level and note.
     *
     * @throws InvalidInputException for invalid input (nothing changes)
     * @throws OptimisticLockingFailureException when someone else saved this rating since it was read
     */
    @Transactional
    public MemberRatingEntry save(int year, MemberRatingEntry read, String levelCode, String note) {
        long unitId = queries.unitAtEndOf(year, read.memberId()).orElseThrow(() -> new InvalidInputException("rating.error.no-cell"));
        guard.requireEditorOfUnit(unitId);
        if (levelCode == null || levelCode.isBlank()) {
            throw new InvalidInputException("rating.error.level-required");
        }
        RatingLevel level = classification.scale(RatingSubject.MEMBER, year).stream()
                .filter(l -> l.code().equals(levelCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException("rating.error.level-not-in-scale"));
        String cleanNote = note == null || note.isBlank() ? null : note.trim();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw new InvalidInputException("rating.error.note-too-long");
        }
        Unit organization = units.byId(unitId).flatMap(units::organizationOf).orElseThrow();
        MemberRatingEntry current = queries.entry(year, read.memberId()).orElseThrow();
        if (read.ratingId() == null) {
            if (current.ratingId() != null) {
                throw new OptimisticLockingFailureException("Rated meanwhile by someone else");
            }
            repository.save(MemberRating.first(read.memberId(), year, unitId, organization.id(), level.id(), cleanNote));
            audit.record(AuditAction.RECORD_CREATED, "MEMBER_RATING", read.memberCode() + "/" + year, null, null,
                    Map.of("level", level.code(), "note", String.valueOf(cleanNote)));
        } else {
            MemberRating stored = repository.findById(read.ratingId()).orElseThrow(
                    () -> new OptimisticLockingFailureException("Rating " + read.ratingId() + " deleted meanwhile"));
            // the version read, not the one just loaded: @Version refuses the save if anyone saved in between
            repository.save(new MemberRating(stored.id(), stored.memberId(), stored.ratingYear(), stored.unitId(),
                    stored.organizationId(), level.id(), cleanNote, read.version()));
            audit.record(AuditAction.RECORD_UPDATED, "MEMBER_RATING", read.memberCode() + "/" + year, null,
                    Map.of("level", current.levelCode(), "note", String.valueOf(current.note())),
                    Map.of("level", level.code(), "note", String.valueOf(cleanNote)));
        }
        return queries.entry(year, read.memberId()).orElseThrow();
    }

    /**
     * Writes the new and corrected ratings of one organization's import (organizationId null: of the Organization
     * Board's file of the whole committee, any organization's), each checked against the version it was
     * read at (the caller holds the rows' locks and has compared the versions of its check).
     *
     * @throws OptimisticLockingFailureException when a rating was changed since it was read
     * @throws org.springframework.dao.DuplicateKeyException when a member was rated meanwhile
     */
    @Transactional
    public void saveImported(Long organizationId, List<MemberRating> ratings) {
        if (organizationId == null) {
            guard.requireOrganizationBoard();
        } else {
            guard.requireEditorOf(organizationId);
        }
        if (organizationId != null && ratings.stream().anyMatch(r -> r.organizationId() != organizationId.longValue())) {
            throw new IllegalArgumentException("An import writes only its own organization's ratings");
        }
        repository.saveAll(ratings);
    }
}
