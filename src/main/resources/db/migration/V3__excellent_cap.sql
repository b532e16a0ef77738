-- From QĐ 132-QĐ/TW (2018) the excellent grade may go to at most 20% of those rated "hoàn thành tốt nhiệm vụ"
-- (counted here as those rated HTTNV or better) within a grassroots organization. The cap is data, per scheme.
ALTER TABLE rating_scheme ADD COLUMN excellent_cap_percent SMALLINT NULL;

UPDATE rating_scheme SET excellent_cap_percent = 20 WHERE code LIKE 'QD%';
