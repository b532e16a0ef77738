package vn.binhthuy.partybuilding.demo;

import java.util.List;

/**
 * The demo district: Bình Thủy (Cần Thơ), its 8 ward party committees and 28 other grassroots organizations.
 * Ward names are real places; organization names are generic and member names are invented.
 */
final class BinhThuyDistrict {

    static final String DISTRICT_CODE = "q-binh-thuy";
    static final String DISTRICT_NAME = "Đảng bộ quận Bình Thủy";
    static final String LONG_TUYEN = "p-long-tuyen";

    private static final double[] A_HEAVY = {6, 3, 1};
    private static final double[] B_HEAVY = {3, 6, 1};
    private static final double[] BALANCED = {4, 4, 2};
    private static final double[] C_NOTICEABLE = {3, 3, 4};

    static final List<OrganizationSpec> ORGANIZATIONS = List.of(
            ward("p-binh-thuy", "Bình Thủy", 26, 560, 0.80, A_HEAVY, 0.80),
            ward("p-an-thoi", "An Thới", 24, 510, 0.74, BALANCED, 0.65),
            ward("p-bui-huu-nghia", "Bùi Hữu Nghĩa", 22, 465, 0.70, B_HEAVY, 0.70),
            ward("p-long-hoa", "Long Hòa", 25, 520, 0.72, A_HEAVY, 0.60),
            ward(LONG_TUYEN, "Long Tuyền", 18, 390, 0.90, A_HEAVY, 0.90),
            ward("p-tra-an", "Trà An", 16, 330, 0.68, C_NOTICEABLE, 0.55),
            ward("p-tra-noc", "Trà Nóc", 20, 430, 0.62, B_HEAVY, 0.45),
            ward("p-thoi-an-dong", "Thới An Đông", 19, 400, 0.66, A_HEAVY, 0.50),
            org("db-chinh-quyen", "Đảng bộ Cơ quan Chính quyền quận", "Cơ quan Chính quyền", "AGENCY", 7, 120, 0.85, BALANCED, 0.85),
            org("db-cong-an", "Đảng bộ Công an quận", "Công an quận", "POLICE", 5, 110, 0.88, A_HEAVY, 0.90),
            org("db-quan-su", "Đảng bộ Quân sự quận", "Quân sự quận", "MILITARY", 3, 60, 0.90, A_HEAVY, 0.90),
            org("db-trung-tam-y-te", "Đảng bộ Trung tâm Y tế quận", "Trung tâm Y tế", "AGENCY", 3, 62, 0.76, B_HEAVY, 0.70),
            org("cb-van-phong-quan-uy", "Chi bộ Văn phòng Quận ủy", "Văn phòng Quận ủy", "AGENCY", 0, 18, 0.92, A_HEAVY, 0.95),
            org("cb-mat-tran-doan-the", "Chi bộ Cơ quan Mặt trận và các đoàn thể quận", "Mặt trận - Đoàn thể", "AGENCY", 0, 22, 0.84, BALANCED, 0.80),
            org("cb-toa-an", "Chi bộ Tòa án nhân dân quận", "Tòa án", "AGENCY", 0, 14, 0.86, B_HEAVY, 0.85),
            org("cb-vien-kiem-sat", "Chi bộ Viện Kiểm sát nhân dân quận", "Viện Kiểm sát", "AGENCY", 0, 15, 0.86, B_HEAVY, 0.85),
            org("cb-thi-hanh-an", "Chi bộ Chi cục Thi hành án dân sự quận", "Thi hành án", "AGENCY", 0, 12, 0.78, B_HEAVY, 0.70),
            org("cb-chi-cuc-thue", "Chi bộ Chi cục Thuế quận", "Chi cục Thuế", "AGENCY", 0, 24, 0.80, B_HEAVY, 0.75),
            org("cb-kho-bac", "Chi bộ Kho bạc Nhà nước quận", "Kho bạc", "AGENCY", 0, 10, 0.88, B_HEAVY, 0.90),
            org("cb-bao-hiem-xa-hoi", "Chi bộ Bảo hiểm xã hội quận", "Bảo hiểm xã hội", "AGENCY", 0, 11, 0.82, B_HEAVY, 0.80),
            org("cb-ngan-hang-csxh", "Chi bộ Phòng giao dịch Ngân hàng Chính sách xã hội quận", "Ngân hàng CSXH", "AGENCY", 0, 9, 0.84, B_HEAVY, 0.85),
            org("cb-phong-giao-duc", "Chi bộ Phòng Giáo dục và Đào tạo quận", "Phòng Giáo dục", "AGENCY", 0, 13, 0.86, A_HEAVY, 0.85),
            org("cb-ban-qlda", "Chi bộ Ban Quản lý dự án đầu tư xây dựng quận", "Ban QLDA", "AGENCY", 0, 12, 0.70, B_HEAVY, 0.55),
            org("cb-van-hoa-the-thao", "Chi bộ Trung tâm Văn hóa - Thể thao quận", "Văn hóa - Thể thao", "AGENCY", 0, 10, 0.80, BALANCED, 0.75),
            org("cb-thpt-binh-thuy", "Chi bộ Trường THPT Bình Thủy", "THPT Bình Thủy", "SCHOOL", 0, 28, 0.88, A_HEAVY, 0.85),
            org("cb-thpt-bui-huu-nghia", "Chi bộ Trường THPT Bùi Hữu Nghĩa", "THPT Bùi Hữu Nghĩa", "SCHOOL", 0, 30, 0.86, A_HEAVY, 0.85),
            org("cb-thcs-binh-thuy", "Chi bộ Trường THCS Bình Thủy", "THCS Bình Thủy", "SCHOOL", 0, 20, 0.84, A_HEAVY, 0.80),
            org("cb-thcs-long-hoa", "Chi bộ Trường THCS Long Hòa", "THCS Long Hòa", "SCHOOL", 0, 18, 0.82, A_HEAVY, 0.80),
            org("cb-thcs-tra-noc", "Chi bộ Trường THCS Trà Nóc", "THCS Trà Nóc", "SCHOOL", 0, 17, 0.80, BALANCED, 0.75),
            org("cb-th-bui-huu-nghia", "Chi bộ Trường Tiểu học Bùi Hữu Nghĩa", "TH Bùi Hữu Nghĩa", "SCHOOL", 0, 16, 0.84, A_HEAVY, 0.80),
            org("cb-th-an-thoi", "Chi bộ Trường Tiểu học An Thới", "TH An Thới", "SCHOOL", 0, 14, 0.82, A_HEAVY, 0.80),
            org("cb-mam-non-hoa-sen", "Chi bộ Trường Mầm non Hoa Sen", "MN Hoa Sen", "SCHOOL", 0, 11, 0.86, BALANCED, 0.85),
            org("cb-gdnn-gdtx", "Chi bộ Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên quận", "GDNN - GDTX", "SCHOOL", 0, 15, 0.78, A_HEAVY, 0.75),
            org("cb-co-khi-tra-noc", "Chi bộ Công ty Cổ phần Cơ khí Trà Nóc", "Cơ khí Trà Nóc", "ENTERPRISE", 0, 16, 0.66, B_HEAVY, 0.50),
            org("cb-luong-thuc-binh-thuy", "Chi bộ Công ty Cổ phần Lương thực Bình Thủy", "Lương thực Bình Thủy", "ENTERPRISE", 0, 14, 0.70, B_HEAVY, 0.55),
            org("cb-dich-vu-do-thi", "Chi bộ Công ty TNHH Dịch vụ Đô thị Bình Thủy", "Dịch vụ Đô thị", "ENTERPRISE", 0, 19, 0.64, C_NOTICEABLE, 0.50));

    private BinhThuyDistrict() {
    }

    private static OrganizationSpec ward(String code, String name, int cells, int members, double quality,
                                         double[] groups, double pace) {
        return new OrganizationSpec(code, "Đảng bộ phường " + name, "Phường " + name, "WARD", cells, members, quality, groups, pace);
    }

    private static OrganizationSpec org(String code, String name, String shortName, String kind, int cells, int members,
                                        double quality, double[] groups, double pace) {
        return new OrganizationSpec(code, name, shortName, kind, cells, members, quality, groups, pace);
    }
}
