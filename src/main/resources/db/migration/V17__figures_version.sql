-- One number that changes, in the writer's own transaction, with every insert, update and delete of the data a
-- subtree's overview shows. The overview of a province is cached by this number (dashboard.OverviewPageCache): a read
-- that sees the same number sees the same rows, so a cached page is never stale, on any application instance. Kept by
-- triggers, like the counts of V6 and V15, so that no write path (editor, import, restore, a tool) can forget it.
-- Each write takes this row's lock until it commits: writers of these tables follow one another, which the dashboards'
-- writes (people saving forms, one import at a time) can bear; docs/scaling.md.
CREATE TABLE figures_version (
    id      TINYINT NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);

INSERT INTO figures_version (id, version) VALUES (1, 0);

CREATE TRIGGER tr_unit_figures_insert AFTER INSERT ON unit FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_figures_update AFTER UPDATE ON unit FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_figures_delete AFTER DELETE ON unit FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_kind_figures_insert AFTER INSERT ON unit_kind FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_kind_figures_update AFTER UPDATE ON unit_kind FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_kind_figures_delete AFTER DELETE ON unit_kind FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_succession_figures_insert AFTER INSERT ON unit_succession FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_succession_figures_update AFTER UPDATE ON unit_succession FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_unit_succession_figures_delete AFTER DELETE ON unit_succession FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_organization_rating_figures_insert AFTER INSERT ON organization_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_organization_rating_figures_update AFTER UPDATE ON organization_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_organization_rating_figures_delete AFTER DELETE ON organization_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_member_rating_figures_insert AFTER INSERT ON member_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_member_rating_figures_update AFTER UPDATE ON member_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_member_rating_figures_delete AFTER DELETE ON member_rating FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_scheme_figures_insert AFTER INSERT ON rating_scheme FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_scheme_figures_update AFTER UPDATE ON rating_scheme FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_scheme_figures_delete AFTER DELETE ON rating_scheme FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_level_figures_insert AFTER INSERT ON rating_level FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_level_figures_update AFTER UPDATE ON rating_level FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_rating_level_figures_delete AFTER DELETE ON rating_level FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_indicator_figures_insert AFTER INSERT ON indicator FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_indicator_figures_update AFTER UPDATE ON indicator FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_indicator_figures_delete AFTER DELETE ON indicator FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_finding_figures_insert AFTER INSERT ON finding FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_finding_figures_update AFTER UPDATE ON finding FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_finding_figures_delete AFTER DELETE ON finding FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_remediation_plan_figures_insert AFTER INSERT ON remediation_plan FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_remediation_plan_figures_update AFTER UPDATE ON remediation_plan FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_remediation_plan_figures_delete AFTER DELETE ON remediation_plan FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_review_delegation_figures_insert AFTER INSERT ON review_delegation FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_review_delegation_figures_update AFTER UPDATE ON review_delegation FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;

CREATE TRIGGER tr_review_delegation_figures_delete AFTER DELETE ON review_delegation FOR EACH ROW
    UPDATE figures_version SET version = version + 1 WHERE id = 1;
