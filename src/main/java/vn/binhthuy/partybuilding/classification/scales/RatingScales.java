package vn.binhthuy.partybuilding.classification.scales;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.binhthuy.partybuilding.audit.AuditAction;
import vn.binhthuy.partybuilding.audit.AuditLog;
import vn.binhthuy.partybuilding.base.InvalidInputException;
import vn.binhthuy.partybuilding.security.AccessGuard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rating scales per year, kept by the Organization Board: the wording and colour of each level, which levels
 * count as "hoàn thành tốt nhiệm vụ trở lên", the excellent cap, and a new regulation taking over from a year.
 * Years already rated with a scale stay with it: a scale cannot end before the last year rated with it.
 */
@Service
public class RatingScales {

    private final RatingScaleQueries queries;
    private final AccessGuard guard;
    private final AuditLog audit;

    public RatingScales(RatingScaleQueries queries, AccessGuard guard, AuditLog audit) {
        this.queries = queries;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<RatingScheme> schemes() {
        guard.requireOrganizationBoard();
        return queries.schemes();
    }

    @Transactional(readOnly = true)
    public List<SchemeLevel> levels(RatingScheme scheme) {
        guard.requireOrganizationBoard();
        return queries.levels(scheme.id());
    }

    /** Whether the scheme is its subject's latest, the only one whose end year (and successor) can be changed. */
    @Transactional(readOnly = true)
    public boolean isLatest(RatingScheme scheme) {
        guard.requireOrganizationBoard();
        return latest(scheme).id() == scheme.id();
    }

    @Transactional
    public void changeLevel(SchemeLevel read, String nameVi, String nameEn, String color, boolean countsAsGood) {
        guard.requireOrganizationBoard();
        String vi = nameVi == null ? "" : nameVi.trim();
        String en = nameEn == null ? "" : nameEn.trim();
        if (vi.isEmpty() || en.isEmpty() || vi.length() > 120 || en.length() > 120) {
            throw new InvalidInputException("scale.error.name");
        }
        String hex = color == null ? "" : color.trim().toUpperCase(Locale.ROOT);
        if (!hex.matches("#[0-9A-F]{6}")) {
            throw new InvalidInputException("scale.error.color");
        }
        // the line decides past shares ("94,87% good or better"): once a year is rated with the scale it stays
        if (countsAsGood != read.countsAsGood()) {
            queries.lastRatedYear(read.schemeId()).ifPresent(rated -> {
                throw new InvalidInputException("scale.error.good-rated", rated);
            });
        }
        // "good" is a top segment of the scale: a level counts only if every better level does
        Map<Integer, Boolean> good = new HashMap<>();
        queries.levels(read.schemeId()).forEach(l -> good.put(l.levelRank(), l.countsAsGood()));
        good.put(read.levelRank(), countsAsGood);
        List<Integer> ranks = good.keySet().stream().sorted(Comparator.naturalOrder()).toList();
        for (int i = 1; i < ranks.size(); i++) {
            if (good.get(ranks.get(i)) && !good.get(ranks.get(i - 1))) {
                throw new InvalidInputException("scale.error.good-order");
            }
        }
        if (queries.updateLevel(read.id(), read.version(), vi, en, countsAsGood, hex) == 0) {
            throw new OptimisticLockingFailureException("Level " + read.id() + " changed meanwhile");
        }
        audit.record(AuditAction.RECORD_UPDATED, "RATING_LEVEL", String.valueOf(read.id()), read.code(),
                Map.of("nameVi", read.nameVi(), "nameEn", read.nameEn(), "color", read.color(),
                        "countsAsGood", read.countsAsGood()),
                Map.of("nameVi", vi, "nameEn", en, "color", hex, "countsAsGood", countsAsGood));
    }

    /** The regulation's name, the excellent cap, and (for the latest scheme) its last year. */
    @Transactional
    public void changeScheme(RatingScheme read, String regulation, Integer validToYear, Integer capPercent) {
        guard.requireOrganizationBoard();
        String name = checkRegulation(regulation);
        if (capPercent != null && (capPercent < 1 || capPercent > 100)) {
            throw new InvalidInputException("scale.error.cap");
        }
        boolean endChanged = !java.util.Objects.equals(validToYear, read.validToYear());
        if (endChanged) {
            if (!isLatest(read)) {
                throw new InvalidInputException("scale.error.not-latest");
            }
            if (validToYear != null && (validToYear < read.validFromYear() || validToYear > 2100)) {
                throw new InvalidInputException("scale.error.years");
            }
            checkNotRatedAfter(read, validToYear);
        }
        if (queries.updateScheme(read.id(), read.version(), name, validToYear, capPercent) == 0) {
            throw new OptimisticLockingFailureException("Scheme " + read.code() + " changed meanwhile");
        }
        audit.record(AuditAction.RECORD_UPDATED, "RATING_SCHEME", read.code(), name,
                Map.of("regulation", read.regulation(), "validToYear", String.valueOf(read.validToYear()),
                        "cap", String.valueOf(read.excellentCapPercent())),
                Map.of("regulation", name, "validToYear", String.valueOf(validToYear), "cap", String.valueOf(capPercent)));
    }

    /**
     * A new regulation applies from a year: the subject's latest scheme ends the year before, and the new one starts
     * with a copy of its levels (to be reworded if the regulation renames them). Returns the new scheme's id.
     */
    @Transactional
    public long startNewScheme(RatingScheme latest, String code, String regulation, Integer fromYear) {
        guard.requireOrganizationBoard();
        if (!isLatest(latest)) {
            throw new InvalidInputException("scale.error.not-latest");
        }
        String schemeCode = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!schemeCode.matches("[A-Z0-9-]{2,40}")) {
            throw new InvalidInputException("scale.error.code");
        }
        if (queries.codeExists(schemeCode)) {
            throw new InvalidInputException("scale.error.code-taken");
        }
        String name = checkRegulation(regulation);
        if (fromYear == null || fromYear <= latest.validFromYear() || fromYear > 2100) {
            throw new InvalidInputException("scale.error.from-year", latest.validFromYear());
        }
        checkNotRatedAfter(latest, fromYear - 1);
        if (queries.updateScheme(latest.id(), latest.version(), latest.regulation(), fromYear - 1,
                latest.excellentCapPercent()) == 0) {
            throw new OptimisticLockingFailureException("Scheme " + latest.code() + " changed meanwhile");
        }
        long id;
        try {
            id = queries.insertSchemeCopying(latest, schemeCode, name, fromYear);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new InvalidInputException("scale.error.code-taken");
        }
        audit.record(AuditAction.RECORD_CREATED, "RATING_SCHEME", schemeCode, name,
                Map.of("previous", latest.code(), "previousValidToYear", String.valueOf(latest.validToYear())),
                Map.of("subject", latest.subject().name(), "validFromYear", fromYear,
                        "previousValidToYear", fromYear - 1));
        return id;
    }

    private RatingScheme latest(RatingScheme scheme) {
        return queries.schemes().stream().filter(s -> s.subject() == scheme.subject())
                .max(Comparator.comparingInt(RatingScheme::validFromYear)).orElseThrow();
    }

    private void checkNotRatedAfter(RatingScheme scheme, Integer lastYear) {
        if (lastYear == null) {
            return;
        }
        queries.lastRatedYear(scheme.id()).filter(rated -> rated > lastYear).ifPresent(rated -> {
            throw new InvalidInputException("scale.error.rated-after", rated);
        });
    }

    private static String checkRegulation(String regulation) {
        String name = regulation == null ? "" : regulation.trim();
        if (name.isEmpty() || name.length() > 120) {
            throw new InvalidInputException("scale.error.regulation");
        }
        return name;
    }
}
