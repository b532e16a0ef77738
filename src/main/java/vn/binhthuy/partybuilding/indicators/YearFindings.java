package vn.binhthuy.partybuilding.indicators;

public record YearFindings(int year, long findings) {
}
