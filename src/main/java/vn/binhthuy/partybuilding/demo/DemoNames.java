package vn.binhthuy.partybuilding.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/** Invented Vietnamese personal names for demo members; never the names of the people in the source article. */
final class DemoNames {

    private static final List<String> FAMILY = List.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Châu", "Lâm", "Trương", "Tạ", "Quách", "Thái", "Mai", "Cao", "Đoàn", "Kiều", "Lưu");
    private static final List<String> MIDDLE_MALE = List.of(
            "Văn", "Hữu", "Minh", "Quốc", "Thanh", "Hoàng", "Đức", "Công", "Tấn", "Phước", "Trọng", "Chí");
    private static final List<String> MIDDLE_FEMALE = List.of(
            "Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Bích", "Thanh", "Diễm", "Hồng", "Thúy", "Phương", "Cẩm");
    private static final List<String> GIVEN_MALE = List.of(
            "An", "Bảo", "Bình", "Cường", "Danh", "Dũng", "Duy", "Đạt", "Định", "Hải", "Hào", "Hậu", "Hiếu",
            "Hòa", "Huy", "Khang", "Khánh", "Khoa", "Lộc", "Luân", "Lực", "Nghĩa", "Nhân", "Phát", "Phong",
            "Phúc", "Quang", "Sang", "Sơn", "Tài", "Tâm", "Thắng", "Thiện", "Thịnh", "Toàn", "Trí", "Trung",
            "Tuấn", "Tùng", "Vinh", "Vũ", "Vỹ");
    private static final List<String> GIVEN_FEMALE = List.of(
            "Anh", "Châu", "Diệu", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hương",
            "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Nhi", "Nhung", "Oanh", "Phượng",
            "Quyên", "Tâm", "Thảo", "Thủy", "Tiên", "Trang", "Trinh", "Tuyết", "Uyên", "Vân", "Xuân", "Yến");

    /** Names of real people in the source article: never generated. */
    private static final Set<String> RESERVED = Set.of(
            "Lê Hoàng Nam", "Nguyễn Thị Kim Thảo", "Phạm Tuấn Nhã", "Nguyễn Xuân Linh");

    private DemoNames() {
    }

    static String personName(Random random, boolean female) {
        while (true) {
            String family = pick(random, FAMILY);
            String middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
            String given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
            String name = family + " " + middle + " " + given;
            if (!RESERVED.contains(name)) {
                return name;
            }
        }
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
