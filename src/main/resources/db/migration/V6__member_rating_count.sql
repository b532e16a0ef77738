-- Member ratings counted per year, grassroots organization and level: the province-wide aggregates read this
-- (a few thousand rows) instead of every rating (1,8 million at the scale-100 test; docs/benchmarks.md).
-- Triggers keep it in the same transaction as every insert, update and delete of member_rating, whatever code
-- or tool writes the rating, so no write path can forget it and every application instance sees the same counts.
-- Rows may fall to 0 ratings; readers ignore them.
CREATE TABLE member_rating_count (
    rating_year     SMALLINT NOT NULL,
    organization_id BIGINT   NOT NULL,
    level_id        BIGINT   NOT NULL,
    ratings         INT      NOT NULL,
    PRIMARY KEY (rating_year, organization_id, level_id)
);

INSERT INTO member_rating_count (rating_year, organization_id, level_id, ratings)
SELECT rating_year, organization_id, level_id, COUNT(*) FROM member_rating GROUP BY rating_year, organization_id, level_id;

CREATE TRIGGER tr_member_rating_count_insert AFTER INSERT ON member_rating FOR EACH ROW
    INSERT INTO member_rating_count (rating_year, organization_id, level_id, ratings)
    VALUES (NEW.rating_year, NEW.organization_id, NEW.level_id, 1)
    ON DUPLICATE KEY UPDATE ratings = ratings + 1;

CREATE TRIGGER tr_member_rating_count_delete AFTER DELETE ON member_rating FOR EACH ROW
    UPDATE member_rating_count SET ratings = ratings - 1
    WHERE rating_year = OLD.rating_year AND organization_id = OLD.organization_id AND level_id = OLD.level_id;

CREATE TRIGGER tr_member_rating_count_update_old AFTER UPDATE ON member_rating FOR EACH ROW
    UPDATE member_rating_count SET ratings = ratings - 1
    WHERE rating_year = OLD.rating_year AND organization_id = OLD.organization_id AND level_id = OLD.level_id;

CREATE TRIGGER tr_member_rating_count_update_new AFTER UPDATE ON member_rating FOR EACH ROW
    FOLLOWS tr_member_rating_count_update_old
    INSERT INTO member_rating_count (rating_year, organization_id, level_id, ratings)
    VALUES (NEW.rating_year, NEW.organization_id, NEW.level_id, 1)
    ON DUPLICATE KEY UPDATE ratings = ratings + 1;
