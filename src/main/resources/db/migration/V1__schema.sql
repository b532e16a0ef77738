-- Party-building dashboard: the domain model.
-- Works on MariaDB 10.11 and 11.4. Text is utf8mb4 with the Vietnamese UCA 14 collation, accent-sensitive
-- and case-insensitive: names sort in Vietnamese alphabetical order (a ă â b c d đ ...) and
-- "Long Hòa" and "Long Hoa" stay distinct.
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci;

-- ---------------------------------------------------------------- organizational hierarchy
CREATE TABLE unit_kind (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    level       VARCHAR(16)  NOT NULL,
    name_vi     VARCHAR(120) NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    sort_order  INT          NOT NULL,
    CONSTRAINT ck_unit_kind_level CHECK (level IN ('DISTRICT', 'GRASSROOTS', 'CELL'))
);

-- district -> grassroots organizations (TCCSĐ) -> cells; validity in years because units merge and split.
CREATE TABLE unit (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    parent_id       BIGINT       NULL,
    kind_code       VARCHAR(32)  NOT NULL,
    level           VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    short_name      VARCHAR(100) NOT NULL,
    valid_from_year SMALLINT     NOT NULL,
    valid_to_year   SMALLINT     NULL,
    sort_order      INT          NOT NULL DEFAULT 0,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_unit_code UNIQUE (code),
    CONSTRAINT fk_unit_parent FOREIGN KEY (parent_id) REFERENCES unit (id),
    CONSTRAINT fk_unit_kind FOREIGN KEY (kind_code) REFERENCES unit_kind (code),
    CONSTRAINT ck_unit_level CHECK (level IN ('DISTRICT', 'GRASSROOTS', 'CELL')),
    CONSTRAINT ck_unit_years CHECK (valid_to_year IS NULL OR valid_to_year >= valid_from_year),
    INDEX ix_unit_parent (parent_id, sort_order),
    INDEX ix_unit_level (level, sort_order)
);

CREATE TABLE party_member (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    full_name        VARCHAR(160) NOT NULL,
    gender           CHAR(1)      NOT NULL,
    birth_year       SMALLINT     NOT NULL,
    admitted_on      DATE         NOT NULL,
    left_on          DATE         NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_member_code UNIQUE (code),
    CONSTRAINT ck_member_gender CHECK (gender IN ('M', 'F')),
    INDEX ix_member_name (full_name)
);

-- Which cell (or cell-level TCCSĐ) a member belonged to, over time; a transfer closes one row and opens another.
CREATE TABLE member_assignment (
    id          BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id   BIGINT NOT NULL,
    unit_id     BIGINT NOT NULL,
    valid_from  DATE   NOT NULL,
    valid_to    DATE   NULL,
    version     INT    NOT NULL DEFAULT 0,
    CONSTRAINT fk_assignment_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_assignment_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT uq_assignment_start UNIQUE (member_id, valid_from),
    CONSTRAINT ck_assignment_dates CHECK (valid_to IS NULL OR valid_to >= valid_from),
    INDEX ix_assignment_unit (unit_id, valid_from)
);

-- ---------------------------------------------------------------- quality classification
-- A scheme is the scale of one regulation for one subject (organizations or members) over a span of years.
CREATE TABLE rating_scheme (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    subject         VARCHAR(16)  NOT NULL,
    regulation      VARCHAR(120) NOT NULL,
    valid_from_year SMALLINT     NOT NULL,
    valid_to_year   SMALLINT     NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_rating_scheme_code UNIQUE (code),
    CONSTRAINT ck_rating_scheme_subject CHECK (subject IN ('ORGANIZATION', 'MEMBER')),
    INDEX ix_rating_scheme_years (subject, valid_from_year)
);

-- Levels in order: rank 1 is the best. counts_as_good marks "hoàn thành tốt nhiệm vụ trở lên"
-- (or TSVM for 2017 organizations), the share reported to the district.
CREATE TABLE rating_level (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scheme_id      BIGINT       NOT NULL,
    code           VARCHAR(16)  NOT NULL,
    level_rank     SMALLINT     NOT NULL,
    name_vi        VARCHAR(120) NOT NULL,
    name_en        VARCHAR(120) NOT NULL,
    counts_as_good BOOLEAN      NOT NULL,
    color          CHAR(7)      NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_rating_level_scheme FOREIGN KEY (scheme_id) REFERENCES rating_scheme (id),
    CONSTRAINT uq_rating_level_code UNIQUE (scheme_id, code),
    CONSTRAINT uq_rating_level_rank UNIQUE (scheme_id, level_rank)
);

-- exemplary = "TSVM tiêu biểu", a distinction inside the TSVM level of the 2014 guidance.
CREATE TABLE organization_rating (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id      BIGINT       NOT NULL,
    rating_year  SMALLINT     NOT NULL,
    level_id     BIGINT       NOT NULL,
    exemplary    BOOLEAN      NOT NULL DEFAULT FALSE,
    note         VARCHAR(500) NULL,
    version      INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_org_rating_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_org_rating_level FOREIGN KEY (level_id) REFERENCES rating_level (id),
    CONSTRAINT uq_org_rating UNIQUE (unit_id, rating_year),
    INDEX ix_org_rating_year (rating_year, level_id)
);

-- unit_id / organization_id record where the member belonged when rated (cell, and its TCCSĐ),
-- so that history stays right after transfers and the dashboard groups without walking the tree.
CREATE TABLE member_rating (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    rating_year     SMALLINT     NOT NULL,
    unit_id         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    level_id        BIGINT       NOT NULL,
    note            VARCHAR(500) NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_member_rating_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_member_rating_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_member_rating_org FOREIGN KEY (organization_id) REFERENCES unit (id),
    CONSTRAINT fk_member_rating_level FOREIGN KEY (level_id) REFERENCES rating_level (id),
    CONSTRAINT uq_member_rating UNIQUE (member_id, rating_year),
    INDEX ix_member_rating_org (rating_year, organization_id, level_id),
    INDEX ix_member_rating_unit (rating_year, unit_id, level_id)
);

-- ---------------------------------------------------------------- the 27 manifestations
CREATE TABLE indicator_group (
    code        CHAR(1)      NOT NULL PRIMARY KEY,
    name_vi     VARCHAR(160) NOT NULL,
    name_en     VARCHAR(160) NOT NULL,
    sort_order  INT          NOT NULL
);

CREATE TABLE indicator (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(4)   NOT NULL,
    group_code  CHAR(1)      NOT NULL,
    title_vi    VARCHAR(400) NOT NULL,
    title_en    VARCHAR(400) NOT NULL,
    sort_order  INT          NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_group FOREIGN KEY (group_code) REFERENCES indicator_group (code)
);

-- A manifestation found in a member (member_id set) or in a collective (member_id NULL) in a year.
CREATE TABLE finding (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    finding_year    SMALLINT     NOT NULL,
    indicator_id    BIGINT       NOT NULL,
    member_id       BIGINT       NULL,
    unit_id         BIGINT       NOT NULL,
    organization_id BIGINT       NOT NULL,
    degree          VARCHAR(16)  NOT NULL,
    source          VARCHAR(24)  NOT NULL,
    found_on        DATE         NOT NULL,
    note            VARCHAR(500) NULL,
    subject_key     VARCHAR(24)  AS (IF(member_id IS NULL, CONCAT('U', unit_id), CONCAT('M', member_id))) STORED,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_finding_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id),
    CONSTRAINT fk_finding_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_finding_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_finding_org FOREIGN KEY (organization_id) REFERENCES unit (id),
    CONSTRAINT ck_finding_degree CHECK (degree IN ('MILD', 'MODERATE', 'SERIOUS')),
    CONSTRAINT ck_finding_source CHECK (source IN ('SELF_EXAMINATION', 'REVIEW', 'INSPECTION')),
    CONSTRAINT uq_finding UNIQUE (finding_year, indicator_id, source, subject_key),
    INDEX ix_finding_org (finding_year, organization_id, indicator_id),
    INDEX ix_finding_unit (finding_year, unit_id, indicator_id),
    INDEX ix_finding_member (member_id, finding_year)
);

-- ---------------------------------------------------------------- remediation
CREATE TABLE remediation_plan (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_year            SMALLINT      NOT NULL,
    unit_id              BIGINT        NOT NULL,
    organization_id      BIGINT        NOT NULL,
    member_id            BIGINT        NULL,
    source               VARCHAR(24)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    shortcomings         TEXT          NOT NULL,
    responsible_person   VARCHAR(160)  NOT NULL,
    created_on           DATE          NOT NULL,
    deadline             DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    completed_on         DATE          NULL,
    verification_result  VARCHAR(16)   NULL,
    verified_on          DATE          NULL,
    verification_note    VARCHAR(1000) NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_plan_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_plan_org FOREIGN KEY (organization_id) REFERENCES unit (id),
    CONSTRAINT fk_plan_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT ck_plan_source CHECK (source IN ('SELF_REVIEW', 'REVIEW_DELEGATION', 'INSPECTION')),
    CONSTRAINT ck_plan_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    CONSTRAINT ck_plan_verification CHECK (verification_result IS NULL OR verification_result IN ('CONFIRMED', 'NOT_CONFIRMED')),
    CONSTRAINT ck_plan_dates CHECK (deadline >= created_on),
    INDEX ix_plan_org (plan_year, organization_id, status),
    INDEX ix_plan_unit (plan_year, unit_id, status),
    INDEX ix_plan_deadline (status, deadline),
    INDEX ix_plan_member (member_id)
);

CREATE TABLE remediation_plan_indicator (
    plan_id      BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (plan_id, indicator_id),
    CONSTRAINT fk_plan_indicator_plan FOREIGN KEY (plan_id) REFERENCES remediation_plan (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_indicator_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
);

CREATE TABLE remediation_progress (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    plan_id          BIGINT        NOT NULL,
    reported_on      DATE          NOT NULL,
    percent_complete SMALLINT      NOT NULL,
    note             VARCHAR(1000) NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_progress_plan FOREIGN KEY (plan_id) REFERENCES remediation_plan (id) ON DELETE CASCADE,
    CONSTRAINT ck_progress_percent CHECK (percent_complete BETWEEN 0 AND 100),
    INDEX ix_progress_plan (plan_id, reported_on)
);

-- ---------------------------------------------------------------- reviews and the notebook
-- participation LED: the standing board formed a delegation; ATTENDED: it attended the review.
CREATE TABLE review_delegation (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    review_year    SMALLINT      NOT NULL,
    unit_id        BIGINT        NOT NULL,
    organization_id BIGINT       NOT NULL,
    member_id      BIGINT        NULL,
    participation  VARCHAR(16)   NOT NULL,
    review_date    DATE          NOT NULL,
    head_name      VARCHAR(160)  NOT NULL,
    note           VARCHAR(1000) NULL,
    subject_key    VARCHAR(24)   AS (IF(member_id IS NULL, CONCAT('U', unit_id), CONCAT('M', member_id))) STORED,
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_review_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_review_org FOREIGN KEY (organization_id) REFERENCES unit (id),
    CONSTRAINT fk_review_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT ck_review_participation CHECK (participation IN ('LED', 'ATTENDED')),
    CONSTRAINT uq_review UNIQUE (review_year, subject_key),
    INDEX ix_review_org (review_year, organization_id)
);

CREATE TABLE notebook_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT        NOT NULL,
    organization_id BIGINT        NOT NULL,
    member_id       BIGINT        NULL,
    entry_date      DATE          NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    content         VARCHAR(2000) NOT NULL,
    recorded_by     VARCHAR(160)  NOT NULL,
    version         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_notebook_unit FOREIGN KEY (unit_id) REFERENCES unit (id),
    CONSTRAINT fk_notebook_org FOREIGN KEY (organization_id) REFERENCES unit (id),
    CONSTRAINT fk_notebook_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT ck_notebook_kind CHECK (kind IN ('STRENGTH', 'SHORTCOMING')),
    INDEX ix_notebook_org (organization_id, entry_date),
    INDEX ix_notebook_unit (unit_id, entry_date)
);

-- ---------------------------------------------------------------- users and roles
CREATE TABLE app_role (
    code     VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_vi  VARCHAR(120) NOT NULL,
    name_en  VARCHAR(120) NOT NULL
);

CREATE TABLE app_user (
    id                    BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username              VARCHAR(64)  NOT NULL,
    password_hash         VARCHAR(200) NOT NULL,
    display_name          VARCHAR(160) NOT NULL,
    unit_id               BIGINT       NOT NULL,
    enabled               BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins         INT          NOT NULL DEFAULT 0,
    locked_until          DATETIME     NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);

CREATE TABLE app_user_role (
    user_id   BIGINT      NOT NULL,
    role_code VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_code),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_user_role_role FOREIGN KEY (role_code) REFERENCES app_role (code)
);

-- Marks which demo dataset was loaded, so that loading is idempotent.
CREATE TABLE demo_data_load (
    dataset    VARCHAR(40) NOT NULL PRIMARY KEY,
    loaded_at  DATETIME    NOT NULL
);
