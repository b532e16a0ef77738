-- Findings counted per year, grassroots organization and manifestation: the per-organization and per-district
-- breakdowns and the manifestation frequencies read this (about 40% of the findings' rows at the scale-100 test, as
-- one organization often has the same manifestation found in several members) instead of every finding
-- (docs/benchmarks.md, "Every level at province scale"). Kept by triggers in the same transaction as every insert,
-- update and delete of finding, like member_rating_count (V6). Rows may fall to 0 findings; readers ignore them.
CREATE TABLE finding_count (
    finding_year    SMALLINT NOT NULL,
    organization_id BIGINT   NOT NULL,
    indicator_id    BIGINT   NOT NULL,
    findings        INT      NOT NULL,
    PRIMARY KEY (finding_year, organization_id, indicator_id)
);

INSERT INTO finding_count (finding_year, organization_id, indicator_id, findings)
SELECT finding_year, organization_id, indicator_id, COUNT(*) FROM finding GROUP BY finding_year, organization_id, indicator_id;

CREATE TRIGGER tr_finding_count_insert AFTER INSERT ON finding FOR EACH ROW
    INSERT INTO finding_count (finding_year, organization_id, indicator_id, findings)
    VALUES (NEW.finding_year, NEW.organization_id, NEW.indicator_id, 1)
    ON DUPLICATE KEY UPDATE findings = findings + 1;

CREATE TRIGGER tr_finding_count_delete AFTER DELETE ON finding FOR EACH ROW
    UPDATE finding_count SET findings = findings - 1
    WHERE finding_year = OLD.finding_year AND organization_id = OLD.organization_id AND indicator_id = OLD.indicator_id;

CREATE TRIGGER tr_finding_count_update_old AFTER UPDATE ON finding FOR EACH ROW
    UPDATE finding_count SET findings = findings - 1
    WHERE finding_year = OLD.finding_year AND organization_id = OLD.organization_id AND indicator_id = OLD.indicator_id;

CREATE TRIGGER tr_finding_count_update_new AFTER UPDATE ON finding FOR EACH ROW
    FOLLOWS tr_finding_count_update_old
    INSERT INTO finding_count (finding_year, organization_id, indicator_id, findings)
    VALUES (NEW.finding_year, NEW.organization_id, NEW.indicator_id, 1)
    ON DUPLICATE KEY UPDATE findings = findings + 1;

-- The grassroots organizations of a scope (UnitScope) with their parent and kind, from the index alone: every
-- per-unit breakdown starts from them, and a district's are one range of it.
CREATE INDEX ix_unit_level_parent ON unit (level, parent_id, kind_code);
