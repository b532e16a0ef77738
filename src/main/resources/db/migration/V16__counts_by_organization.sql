-- The per-organization counts (V6, V15) read by organization across every year: a district's trends and a
-- manifestation's findings per year. Their primary keys start with the year, so without these a district's
-- 36 organizations were found by reading every row of the province (docs/benchmarks.md).
CREATE INDEX ix_member_rating_count_org ON member_rating_count (organization_id, rating_year, level_id, ratings);
CREATE INDEX ix_finding_count_org ON finding_count (organization_id, finding_year, indicator_id, findings);
