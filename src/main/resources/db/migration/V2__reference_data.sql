-- Reference data: unit kinds, rating schemes and their levels per year, the 27 manifestations (NQTW4 khóa XII), roles.
-- The Organization Board may edit the wording later; codes are stable keys.

INSERT INTO unit_kind (code, level, name_vi, name_en, sort_order) VALUES
 ('DISTRICT',        'DISTRICT',   'Đảng bộ quận',                 'District party organization', 1),
 ('WARD',            'GRASSROOTS', 'Đảng bộ phường',               'Ward party committee', 2),
 ('AGENCY',          'GRASSROOTS', 'Cơ quan',                      'Agency', 3),
 ('SCHOOL',          'GRASSROOTS', 'Trường học',                   'School', 4),
 ('ENTERPRISE',      'GRASSROOTS', 'Doanh nghiệp',                 'Enterprise', 5),
 ('POLICE',          'GRASSROOTS', 'Công an',                      'Police', 6),
 ('MILITARY',        'GRASSROOTS', 'Quân sự',                      'Military', 7),
 ('RESIDENTIAL_CELL','CELL',       'Chi bộ khu vực',               'Residential-area cell', 8),
 ('CELL',            'CELL',       'Chi bộ trực thuộc',            'Party cell', 9);

INSERT INTO rating_scheme (code, subject, regulation, valid_from_year, valid_to_year) VALUES
 ('HD27-ORG',     'ORGANIZATION', 'Hướng dẫn 27-HD/BTCTW (2014)', 2014, 2017),
 ('HD27-MEMBER',  'MEMBER',       'Hướng dẫn 27-HD/BTCTW (2014)', 2014, 2017),
 ('QD132-ORG',    'ORGANIZATION', 'Quy định 132-QĐ/TW (2018)',    2018, 2022),
 ('QD132-MEMBER', 'MEMBER',       'Quy định 132-QĐ/TW (2018)',    2018, 2022),
 ('QD124-ORG',    'ORGANIZATION', 'Quy định 124-QĐ/TW (2023)',    2023, 2024),
 ('QD124-MEMBER', 'MEMBER',       'Quy định 124-QĐ/TW (2023)',    2023, 2024),
 ('QD366-ORG',    'ORGANIZATION', 'Quy định 366-QĐ/TW (2025)',    2025, NULL),
 ('QD366-MEMBER', 'MEMBER',       'Quy định 366-QĐ/TW (2025)',    2025, NULL);

-- Colours by rank are the same on every chart: green, blue, amber, red.
INSERT INTO rating_level (scheme_id, code, level_rank, name_vi, name_en, counts_as_good, color)
SELECT s.id, l.code, l.level_rank, l.name_vi, l.name_en, l.counts_as_good, l.color
FROM rating_scheme s
JOIN (
  SELECT 'HD27-ORG' scheme, 'TSVM' code, 1 level_rank, 'Trong sạch, vững mạnh' name_vi, 'Clean and strong' name_en, TRUE counts_as_good, '#2E7D32' color
  UNION ALL SELECT 'HD27-ORG', 'HTTNV', 2, 'Hoàn thành tốt nhiệm vụ', 'Completed tasks well', TRUE, '#1565C0'
  UNION ALL SELECT 'HD27-ORG', 'HTNV', 3, 'Hoàn thành nhiệm vụ', 'Completed tasks', FALSE, '#F9A825'
  UNION ALL SELECT 'HD27-ORG', 'YK', 4, 'Yếu kém', 'Weak', FALSE, '#C62828'
  UNION ALL SELECT 'HD27-MEMBER', 'HTXSNV', 1, 'Hoàn thành xuất sắc nhiệm vụ', 'Completed tasks excellently', TRUE, '#2E7D32'
  UNION ALL SELECT 'HD27-MEMBER', 'HTTNV', 2, 'Hoàn thành tốt nhiệm vụ', 'Completed tasks well', TRUE, '#1565C0'
  UNION ALL SELECT 'HD27-MEMBER', 'HTNV', 3, 'Hoàn thành nhiệm vụ', 'Completed tasks', FALSE, '#F9A825'
  UNION ALL SELECT 'HD27-MEMBER', 'KHTNV', 4, 'Không hoàn thành nhiệm vụ', 'Did not complete tasks', FALSE, '#C62828'
) l ON l.scheme = s.code;

INSERT INTO rating_level (scheme_id, code, level_rank, name_vi, name_en, counts_as_good, color)
SELECT s.id, l.code, l.level_rank, l.name_vi, l.name_en, l.counts_as_good, l.color
FROM rating_scheme s
CROSS JOIN (
  SELECT 'HTXSNV' code, 1 level_rank, 'Hoàn thành xuất sắc nhiệm vụ' name_vi, 'Completed tasks excellently' name_en, TRUE counts_as_good, '#2E7D32' color
  UNION ALL SELECT 'HTTNV', 2, 'Hoàn thành tốt nhiệm vụ', 'Completed tasks well', TRUE, '#1565C0'
  UNION ALL SELECT 'HTNV', 3, 'Hoàn thành nhiệm vụ', 'Completed tasks', FALSE, '#F9A825'
  UNION ALL SELECT 'KHTNV', 4, 'Không hoàn thành nhiệm vụ', 'Did not complete tasks', FALSE, '#C62828'
) l
WHERE s.code LIKE 'QD%';

INSERT INTO indicator_group (code, name_vi, name_en, sort_order) VALUES
 ('A', 'Suy thoái về tư tưởng chính trị', 'Degradation in political ideology', 1),
 ('B', 'Suy thoái về đạo đức, lối sống', 'Degradation in ethics and lifestyle', 2),
 ('C', 'Biểu hiện "tự diễn biến", "tự chuyển hóa"', 'Signs of "self-evolution" and "self-transformation"', 3);

INSERT INTO indicator (code, group_code, title_vi, title_en, sort_order) VALUES
 ('A1', 'A', 'Phai nhạt lý tưởng cách mạng; dao động, giảm sút niềm tin, hoài nghi', 'Fading revolutionary ideals; wavering faith', 1),
 ('A2', 'A', 'Xa rời tôn chỉ, mục đích của Đảng; không kiên định con đường đi lên chủ nghĩa xã hội', 'Drifting from the Party''s aims; not steadfast on the socialist path', 2),
 ('A3', 'A', 'Nhận thức sai lệch về lý luận; lười học tập chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh', 'Misjudging theory; neglecting political study', 3),
 ('A4', 'A', 'Không chấp hành nghiêm nguyên tắc tổ chức của Đảng; sa sút ý chí phấn đấu, không gương mẫu', 'Not observing organizational principles; declining will to strive', 4),
 ('A5', 'A', 'Giấu giếm khuyết điểm khi tự phê bình; nể nang, né tránh hoặc lợi dụng phê bình', 'Hiding faults in self-criticism; avoiding or abusing criticism', 5),
 ('A6', 'A', 'Nói không đi đôi với làm; hứa nhiều làm ít', 'Words not matched by deeds', 6),
 ('A7', 'A', 'Độc đoán, áp đặt, bảo thủ ý kiến cá nhân', 'Imposing one''s views; conservatism', 7),
 ('A8', 'A', 'Né tránh khó khăn, trách nhiệm; tham danh, vận động phiếu bầu', 'Shirking hardship and responsibility; seeking position and votes', 8),
 ('A9', 'A', 'Bổ nhiệm, sắp xếp người thân, người quen không đủ tiêu chuẩn', 'Appointing unqualified relatives and acquaintances', 9),
 ('B1', 'B', 'Cá nhân chủ nghĩa, ích kỷ, thực dụng, cơ hội, vụ lợi; ganh ghét, đố kỵ', 'Individualism, opportunism, envy', 10),
 ('B2', 'B', 'Tranh giành quyền lực, cục bộ, gia trưởng, độc đoán', 'Power struggles, factionalism, autocratic conduct', 11),
 ('B3', 'B', 'Kê khai tài sản, thu nhập không trung thực', 'Dishonest asset and income declarations', 12),
 ('B4', 'B', 'Che giấu khuyết điểm; chạy theo thành tích, phô trương', 'Concealing faults; showing off achievements', 13),
 ('B5', 'B', 'Quan liêu, xa dân, vô cảm, thờ ơ trước khó khăn của nhân dân', 'Bureaucratism; indifference to the people', 14),
 ('B6', 'B', 'Lãng phí tiền của, thời gian; để thất thoát tài sản công', 'Wasting money and time; losses of public assets', 15),
 ('B7', 'B', 'Tham ô, tham nhũng, lạm dụng chức vụ, quyền hạn', 'Embezzlement, corruption, abuse of office', 16),
 ('B8', 'B', 'Thao túng công tác cán bộ vì lợi ích riêng', 'Manipulating personnel work for private gain', 17),
 ('B9', 'B', 'Sống buông thả, vi phạm đạo đức gia đình, thuần phong mỹ tục', 'Dissolute living; violating family ethics', 18),
 ('C1', 'C', 'Phủ nhận chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; đòi đa nguyên, đa đảng', 'Rejecting the Party''s ideology; demanding a multi-party system', 19),
 ('C2', 'C', 'Phản bác nền dân chủ xã hội chủ nghĩa; đòi tam quyền phân lập', 'Rejecting socialist democracy; demanding separation of powers', 20),
 ('C3', 'C', 'Phủ nhận thành quả cách mạng; xuyên tạc lịch sử, đường lối của Đảng', 'Denying revolutionary achievements; distorting history and the Party line', 21),
 ('C4', 'C', 'Kích động tư tưởng bất mãn, bất đồng chính kiến, chống đối nội bộ', 'Stirring discontent and dissent', 22),
 ('C5', 'C', 'Phủ nhận sự lãnh đạo của Đảng đối với lực lượng vũ trang; đòi phi chính trị hóa quân đội, công an', 'Depoliticising the armed forces', 23),
 ('C6', 'C', 'Móc nối, cấu kết với các thế lực thù địch, phản động, cơ hội chính trị', 'Colluding with hostile forces', 24),
 ('C7', 'C', 'Cung cấp thông tin đối ngoại sai lệch, làm lộ bí mật', 'Distorted external information; leaking secrets', 25),
 ('C8', 'C', 'Lôi kéo, tán phát, sáng tác tác phẩm gây dư luận xấu', 'Recruiting; spreading works that mislead public opinion', 26),
 ('C9', 'C', 'Cực đoan, dân tộc hẹp hòi, kỳ thị dân tộc, tôn giáo', 'Extremism; narrow nationalism; ethnic or religious discrimination', 27);


INSERT INTO app_role (code, name_vi, name_en) VALUES
 ('LEADERSHIP',   'Lãnh đạo Quận ủy',            'District leadership'),
 ('ORG_BOARD',    'Ban Tổ chức Quận ủy',         'Organization Board staff'),
 ('SECRETARY',    'Bí thư tổ chức cơ sở đảng',   'Grassroots secretary'),
 ('ADMIN',        'Quản trị hệ thống',           'Administrator');
