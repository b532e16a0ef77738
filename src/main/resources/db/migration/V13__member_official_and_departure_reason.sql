-- The day a member was recognized as an official member (ngày công nhận đảng viên chính thức; unknown for older
-- records, so nullable; never before the admission) and why a member left the register (free text: the domain has
-- no closed list of reasons, e.g. "Chuyển sinh hoạt đi nơi khác", "Từ trần").
ALTER TABLE party_member
    ADD COLUMN official_on      DATE         NULL AFTER admitted_on,
    ADD COLUMN departure_reason VARCHAR(200) NULL AFTER left_on,
    ADD CONSTRAINT ck_member_official CHECK (official_on IS NULL OR official_on >= admitted_on);
