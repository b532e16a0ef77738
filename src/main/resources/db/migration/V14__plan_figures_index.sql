-- #14, speed at scale (docs/benchmarks.md): a year's plan figures per organization (counts by status, overdue,
-- the months plans fall due and were completed) are read from this index alone instead of from every plan row of
-- the year; the province's and a district's pages ask for them on every opening.
ALTER TABLE remediation_plan DROP INDEX ix_plan_org,
    ADD INDEX ix_plan_org (plan_year, organization_id, status, deadline, completed_on);
