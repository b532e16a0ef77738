package vn.binhthuy.partybuilding.classification;

/**
 * How members are counted as rated and as rated "hoàn thành tốt nhiệm vụ" or better, in SQL, for every query that
 * counts them: a rating counts once, and counts as good when its level does (rating_level.counts_as_good, data of the
 * year's scale). Each pair reads rows joined to their level as {@code l}.
 */
public final class RatedMembers {

    /** Over the per-organization counts kept by triggers (V6), as {@code m}: member_rating_count. */
    public static final String COUNTED = "SUM(m.ratings)";
    public static final String COUNTED_GOOD = "SUM(m.ratings * l.counts_as_good)";

    /** Over the ratings themselves, as {@code m}: member_rating (per cell, where there are no counts). */
    public static final String RATED = "COUNT(*)";
    public static final String RATED_GOOD = "SUM(l.counts_as_good)";

    private RatedMembers() {
    }
}
