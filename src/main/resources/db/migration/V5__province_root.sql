-- A root above the districts: a city or province party organization (the scale-test data has several districts
-- under one root; the Bình Thủy demo keeps the district as its root).
ALTER TABLE unit_kind DROP CONSTRAINT ck_unit_kind_level;
ALTER TABLE unit_kind ADD CONSTRAINT ck_unit_kind_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'GRASSROOTS', 'CELL'));
ALTER TABLE unit DROP CONSTRAINT ck_unit_level;
ALTER TABLE unit ADD CONSTRAINT ck_unit_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'GRASSROOTS', 'CELL'));

INSERT INTO unit_kind (code, level, name_vi, name_en, sort_order) VALUES
 ('PROVINCE', 'PROVINCE', 'Đảng bộ tỉnh, thành phố', 'Provincial or city party organization', 0);
