-- The key a clerk gives a plan in an import file, so the same file imported again finds the plans it made
-- (plans made in the application have none; a file names them by their number).
ALTER TABLE remediation_plan ADD COLUMN import_key VARCHAR(40) NULL;
ALTER TABLE remediation_plan ADD CONSTRAINT uq_plan_import_key UNIQUE (organization_id, plan_year, import_key);
