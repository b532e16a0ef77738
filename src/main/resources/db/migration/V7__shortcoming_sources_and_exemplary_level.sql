-- Findings and remediation plans name where a shortcoming came from with one set of codes, the plans' ones
-- (indicators.ShortcomingSource): a finding's "tự soi, tự sửa" is the owner's self-review, its "kiểm điểm" the review
-- the standing board's delegation attends. The words shown and read in import files stay as they were.
ALTER TABLE finding DROP CONSTRAINT ck_finding_source;

UPDATE finding SET source = CASE source
        WHEN 'SELF_EXAMINATION' THEN 'SELF_REVIEW'
        WHEN 'REVIEW' THEN 'REVIEW_DELEGATION'
        ELSE source END
WHERE source IN ('SELF_EXAMINATION', 'REVIEW');

ALTER TABLE finding ADD CONSTRAINT ck_finding_source CHECK (source IN ('SELF_REVIEW', 'REVIEW_DELEGATION', 'INSPECTION'));

-- Which level an organization must be rated at to be distinguished "tiêu biểu" (exemplary): data of the scale, as the
-- level itself is, instead of a level code in the program. Only the 2014 guidance's TSVM has the distinction.
ALTER TABLE rating_level ADD COLUMN exemplary_allowed BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE rating_level l JOIN rating_scheme s ON s.id = l.scheme_id
SET l.exemplary_allowed = TRUE
WHERE s.subject = 'ORGANIZATION' AND l.code = 'TSVM';
