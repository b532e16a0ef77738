package vn.binhthuy.partybuilding.classification;

/**
 * An organization where more members were rated excellent than the year's rules allow
 * (from 2018: at most 20% of those rated "hoàn thành tốt nhiệm vụ" or better).
 */
public record ExcellentShareBreach(long unitId, String unitCode, String unitName, long excellent, long good,
                                   int capPercent) {

    public double excellentShare() {
        return good == 0 ? 0 : (double) excellent / good;
    }
}
