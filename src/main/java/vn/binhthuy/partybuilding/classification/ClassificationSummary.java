package vn.binhthuy.partybuilding.classification;

/**
 * The year's headline figures.
 *
 * @param topLevelOrganizations organizations at the best level of the year (TSVM until 2017, HTXSNV from 2018)
 * @param exemplaryOrganizations of those, "TSVM tiêu biểu"
 * @param membersGood members rated "hoàn thành tốt nhiệm vụ" or better
 */
public record ClassificationSummary(int year, long organizationsRated, long topLevelOrganizations,
                                    long exemplaryOrganizations, long membersRated, long membersGood) {

    /** Share of rated members "hoàn thành tốt nhiệm vụ" or better, 0..1; 0 when nobody was rated. */
    public double goodShare() {
        return membersRated == 0 ? 0 : (double) membersGood / membersRated;
    }

    public boolean isEmpty() {
        return organizationsRated == 0 && membersRated == 0;
    }
}
