package vn.binhthuy.partybuilding.demo;

/**
 * One grassroots party organization (TCCSĐ) of the demo district.
 *
 * @param cells          number of cells below it; 0 = a "chi bộ cơ sở" whose members belong to it directly
 * @param members        members on the roll at the start of 2016
 * @param quality        0..1, how well it tends to be rated and how few manifestations it reports
 * @param groupWeights   relative frequency of findings in groups A, B, C for this organization
 * @param remediationPace 0..1, how quickly its plans get done
 */
record OrganizationSpec(String code, String name, String shortName, String kind, int cells, int members,
                        double quality, double[] groupWeights, double remediationPace) {

    boolean isWard() {
        return "WARD".equals(kind);
    }
}
