-- Administrators manage users and need not belong to a unit; everyone else is bound to one.
ALTER TABLE app_user MODIFY unit_id BIGINT NULL;
ALTER TABLE app_user ADD COLUMN password_changed_at DATETIME NULL;
ALTER TABLE app_user ADD COLUMN last_login_at DATETIME NULL;

-- Who did what and when. The application only ever inserts and reads these rows; a deployment can enforce it
-- further by granting the application's database user INSERT and SELECT only on this table.
CREATE TABLE audit_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at   DATETIME(3)   NOT NULL,
    username      VARCHAR(64)   NOT NULL,
    action        VARCHAR(40)   NOT NULL,
    entity_type   VARCHAR(40)   NULL,
    entity_id     VARCHAR(64)   NULL,
    summary       VARCHAR(500)  NULL,
    before_value  TEXT          NULL,
    after_value   TEXT          NULL,
    remote_address VARCHAR(64)  NULL,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_user (username, occurred_at),
    INDEX ix_audit_action (action, occurred_at)
);
