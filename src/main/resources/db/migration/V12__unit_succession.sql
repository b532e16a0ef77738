-- Reorganizations over time. A unit row has one parent for all its years, so a unit that moves to another parent,
-- several units merged into one, or the organizations of a dissolved level continue as new rows (successors) from
-- the year of the change, and the rows they continue end the year before. Figures stay on the rows they were
-- recorded for; this table links them, so a successor's trend can show its predecessors' figures before that year.
CREATE TABLE unit_succession (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    predecessor_id BIGINT      NOT NULL,
    successor_id   BIGINT      NOT NULL,
    from_year      SMALLINT    NOT NULL,
    kind           VARCHAR(16) NOT NULL,
    CONSTRAINT fk_succession_predecessor FOREIGN KEY (predecessor_id) REFERENCES unit (id),
    CONSTRAINT fk_succession_successor FOREIGN KEY (successor_id) REFERENCES unit (id),
    CONSTRAINT uq_succession UNIQUE (predecessor_id, successor_id),
    CONSTRAINT ck_succession_kind CHECK (kind IN ('MOVE', 'MERGE', 'DISSOLVE')),
    CONSTRAINT ck_succession_units CHECK (predecessor_id <> successor_id),
    INDEX ix_succession_successor (successor_id, from_year)
);
