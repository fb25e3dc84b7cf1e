package vn.congdoan.sangkien.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.congdoan.sangkien.common.text.SearchText;

import java.util.SplittableRandom;

/** Vietnamese words for generated units, titles, summaries and people: with diacritics, so folded search matters. */
final class Vocabulary {

    private Vocabulary() {
    }

    /** The 63 provinces and cities before the 2025 merger: code, name. Lai Châu (LCH) comes from the reference data. */
    static final String[][] PROVINCES = {
            {"HNI", "Hà Nội"}, {"HCM", "Thành phố Hồ Chí Minh"}, {"HPG", "Hải Phòng"}, {"DNG", "Đà Nẵng"},
            {"CTO", "Cần Thơ"}, {"AGG", "An Giang"}, {"BRV", "Bà Rịa – Vũng Tàu"}, {"BGG", "Bắc Giang"},
            {"BKN", "Bắc Kạn"}, {"BLU", "Bạc Liêu"}, {"BNH", "Bắc Ninh"}, {"BTE", "Bến Tre"}, {"BDH", "Bình Định"},
            {"BDG", "Bình Dương"}, {"BPC", "Bình Phước"}, {"BTN", "Bình Thuận"}, {"CMU", "Cà Mau"},
            {"CBG", "Cao Bằng"}, {"DLK", "Đắk Lắk"}, {"DKN", "Đắk Nông"}, {"DBN", "Điện Biên"}, {"DNI", "Đồng Nai"},
            {"DTP", "Đồng Tháp"}, {"GLI", "Gia Lai"}, {"HGG", "Hà Giang"}, {"HNM", "Hà Nam"}, {"HTH", "Hà Tĩnh"},
            {"HDG", "Hải Dương"}, {"HGI", "Hậu Giang"}, {"HBH", "Hòa Bình"}, {"HYN", "Hưng Yên"},
            {"KHA", "Khánh Hòa"}, {"KGG", "Kiên Giang"}, {"KTM", "Kon Tum"}, {"LDG", "Lâm Đồng"},
            {"LSN", "Lạng Sơn"}, {"LCI", "Lào Cai"}, {"LAN", "Long An"}, {"NDH", "Nam Định"}, {"NAN", "Nghệ An"},
            {"NBH", "Ninh Bình"}, {"NTN", "Ninh Thuận"}, {"PTO", "Phú Thọ"}, {"PYN", "Phú Yên"},
            {"QBH", "Quảng Bình"}, {"QNM", "Quảng Nam"}, {"QNI", "Quảng Ngãi"}, {"QNH", "Quảng Ninh"},
            {"QTI", "Quảng Trị"}, {"STG", "Sóc Trăng"}, {"SLA", "Sơn La"}, {"TNH", "Tây Ninh"},
            {"TBH", "Thái Bình"}, {"TNN", "Thái Nguyên"}, {"THA", "Thanh Hóa"}, {"TTH", "Thừa Thiên Huế"},
            {"TGG", "Tiền Giang"}, {"TVH", "Trà Vinh"}, {"TQG", "Tuyên Quang"}, {"VLG", "Vĩnh Long"},
            {"VPC", "Vĩnh Phúc"}, {"YBI", "Yên Bái"}};

    /** Central sector unions (công đoàn ngành trung ương). */
    static final String[][] CENTRAL_SECTORS = {
            {"CDN-GD", "Công đoàn Giáo dục Việt Nam"}, {"CDN-YT", "Công đoàn Y tế Việt Nam"},
            {"CDN-CT", "Công đoàn Công Thương Việt Nam"}, {"CDN-XD", "Công đoàn Xây dựng Việt Nam"},
            {"CDN-GTVT", "Công đoàn Giao thông vận tải Việt Nam"},
            {"CDN-NN", "Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam"},
            {"CDN-NH", "Công đoàn Ngân hàng Việt Nam"}, {"CDN-VC", "Công đoàn Viên chức Việt Nam"},
            {"CDN-QP", "Công đoàn Quốc phòng"}, {"CDN-CA", "Công đoàn Công an nhân dân"},
            {"CDN-DS", "Công đoàn Đường sắt Việt Nam"}, {"CDN-TTTT", "Công đoàn Thông tin và Truyền thông Việt Nam"}};

    /** Corporation unions (công đoàn tổng công ty, tập đoàn) directly under the confederation. */
    static final String[][] CORPORATIONS = {
            {"CDTCT-EVN", "Công đoàn Điện lực Việt Nam"}, {"CDTCT-PVN", "Công đoàn Dầu khí Việt Nam"},
            {"CDTCT-TKV", "Công đoàn Than – Khoáng sản Việt Nam"},
            {"CDTCT-VNPT", "Công đoàn Tập đoàn Bưu chính Viễn thông Việt Nam"},
            {"CDTCT-VTL", "Công đoàn Tập đoàn Công nghiệp – Viễn thông Quân đội"},
            {"CDTCT-VNA", "Công đoàn Tổng công ty Hàng không Việt Nam"},
            {"CDTCT-VCS", "Công đoàn Tập đoàn Công nghiệp Cao su Việt Nam"},
            {"CDTCT-VTX", "Công đoàn Tập đoàn Dệt May Việt Nam"}};

    static final String[] PLACE_FIRST = {"Yên", "Tân", "Phú", "Vĩnh", "Thạch", "Hòa", "An", "Kim", "Đông", "Tây",
            "Nam", "Bắc", "Quảng", "Thanh", "Hưng", "Cẩm", "Lạc", "Long", "Mỹ", "Đức", "Hải", "Sơn", "Tiên", "Trà",
            "Văn", "Lương", "Nghĩa", "Krông", "Mường", "Đại"};
    static final String[] PLACE_SECOND = {"Lạc", "Phú", "Bình", "Thành", "Sơn", "Hà", "Lâm", "Xuyên", "Hòa", "Yên",
            "Thủy", "Lộc", "Khánh", "Điền", "Trạch", "Hưng", "Tiến", "Định", "Châu", "Giang", "Lương", "Nhơn",
            "Ninh", "Phong", "Quan", "Tường", "Uyên", "Xương", "Đồng", "Linh"};

    static final String[] PROVINCE_SECTORS = {"Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế", "Công đoàn Viên chức",
            "Công đoàn các Khu công nghiệp", "Công đoàn ngành Nông nghiệp", "Công đoàn ngành Xây dựng",
            "Công đoàn ngành Giao thông vận tải", "Công đoàn ngành Công Thương"};

    static final String[] GRASSROOTS_KINDS = {"Công ty TNHH", "Công ty Cổ phần", "Trường Tiểu học", "Trường THCS",
            "Trường THPT", "Trường Mầm non", "Trạm Y tế xã", "Bệnh viện đa khoa", "UBND xã", "Chi cục Thuế",
            "Hợp tác xã", "Nhà máy", "Xí nghiệp", "Ban Quản lý dự án", "Kho bạc Nhà nước", "Điện lực",
            "Trung tâm Y tế", "Công ty Điện lực", "Bưu điện", "Chi nhánh Ngân hàng"};
    static final String[] COMPANY_WORDS = {"Hoàng Long", "Thành Công", "Phương Đông", "Đại Việt", "Minh Phát",
            "Sông Hồng", "Trường Sơn", "Hòa Bình", "Tân Tiến", "Việt Hưng", "Bình Minh", "Sao Mai", "Thăng Long",
            "Hồng Hà", "Phú Cường", "An Khang", "Đông Á", "Hưng Thịnh", "Kim Ngân", "Ánh Dương"};

    static final String[] TITLE_OPENERS = {"Sáng kiến", "Giải pháp", "Cải tiến", "Ứng dụng", "Đề xuất",
            "Hợp lý hóa", "Sáng kiến", "Giải pháp kỹ thuật"};
    static final String[] TITLE_ACTIONS = {"tiết kiệm điện năng", "tiết kiệm nhiên liệu", "tiết kiệm nước",
            "cung cấp nước sạch", "lọc nước sạch", "xử lý nước thải", "phòng chống dịch Covid-19",
            "khử khuẩn tự động", "số hóa hồ sơ", "quản lý kho vật tư", "rút ngắn thời gian giao hàng",
            "nâng cao năng suất lao động", "bảo đảm an toàn lao động", "tái chế phế liệu", "bảo dưỡng máy móc",
            "chăm sóc sức khỏe người lao động", "đổi mới hoạt động công đoàn", "tuyên truyền pháp luật lao động",
            "chuyển đổi số", "tự động hóa khâu đóng gói", "giảm chi phí sản xuất", "phân loại rác thải",
            "cải tạo lò hơi", "quản lý đoàn viên trực tuyến", "giảm tổn thất điện năng", "nâng cao chất lượng dạy học",
            "theo dõi bệnh nhân từ xa", "truy xuất nguồn gốc nông sản", "sấy nông sản bằng năng lượng mặt trời",
            "kiểm tra chất lượng sản phẩm", "phòng cháy chữa cháy", "giảm tiếng ồn", "thu gom dầu thải",
            "điều phối xe", "cấp phát thuốc", "chấm công bằng mã QR", "tiết kiệm vật tư", "hỗ trợ đoàn viên khó khăn"};
    static final String[] TITLE_PLACES = {"tại phân xưởng sản xuất", "trong dây chuyền may", "cho trường học vùng cao",
            "tại bệnh viện huyện", "trong công tác kế toán", "tại nhà máy thủy điện", "cho hợp tác xã nông nghiệp",
            "tại cảng biển", "trong khu công nghiệp", "tại trạm y tế xã", "cho khu nội trú", "tại công trường xây dựng",
            "trong mỏ than hầm lò", "tại kho lạnh", "cho xe buýt", "tại khu cách ly", "trong nhà trường",
            "tại bộ phận một cửa", "cho công nhân nhà trọ", "trong ngành điện"};
    static final String[] SUMMARY_BENEFITS = {"giảm 15% chi phí vận hành", "rút ngắn một nửa thời gian xử lý",
            "giúp người lao động làm việc an toàn hơn", "tiết kiệm hàng trăm triệu đồng mỗi năm",
            "được nhân rộng ra các đơn vị bạn", "giảm lượng rác thải ra môi trường", "bảo đảm nước sạch cho sinh hoạt",
            "nâng cao chất lượng dịch vụ", "hạn chế lây nhiễm chéo", "được công nhân đánh giá cao"};
    static final String[] SUMMARY_HOW = {"sử dụng vật liệu sẵn có tại địa phương", "áp dụng phần mềm mã nguồn mở",
            "bố trí lại quy trình làm việc", "lắp thêm cảm biến và bộ điều khiển", "tổ chức lại ca kíp",
            "dùng bảng tính dùng chung", "cải tạo thiết bị cũ", "phối hợp với chuyên môn đồng cấp"};

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
            "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Tòng", "Giàng", "Đinh"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Hoàng",
            "Xuân", "Kim"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hằng", "Hoa", "Hùng",
            "Hương", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phương", "Quân", "Quang", "Sơn", "Tâm",
            "Thảo", "Thắng", "Trang", "Trung", "Tuấn", "Vân", "Yến", "Đạt", "Ánh", "Hiếu", "Khánh", "Lộc", "Nhung"};
    static final String[] JOB_TITLES = {"Công nhân", "Kỹ sư", "Giáo viên", "Bác sĩ", "Điều dưỡng", "Kế toán",
            "Tổ trưởng sản xuất", "Chủ tịch công đoàn cơ sở", "Cán bộ kỹ thuật", "Chuyên viên"};
    static final String[] QUALIFICATIONS = {"Trung cấp", "Cao đẳng", "Đại học", "Thạc sĩ", "Công nhân bậc 5/7", null};

    static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static String placeName(SplittableRandom random) {
        return pick(random, PLACE_FIRST) + " " + pick(random, PLACE_SECOND);
    }

    static String personName(SplittableRandom random) {
        return pick(random, FAMILY) + " " + pick(random, MIDDLE) + " " + pick(random, GIVEN);
    }

    /**
     * A name that is not the same author as `other` (the backend's rule since 03/12/2026: two authors of one dossier
     * may not fold to the same name; a file with such a row is refused as a whole, a dossier with a 400).
     */
    static String personNameOtherThan(SplittableRandom random, String other) {
        String folded = SearchText.fold(other);
        String name;
        do {
            name = personName(random);
        } while (SearchText.fold(name).equals(folded));
        return name;
    }

    static String title(SplittableRandom random) {
        String title = pick(random, TITLE_OPENERS) + " " + pick(random, TITLE_ACTIONS) + " " + pick(random, TITLE_PLACES);
        return random.nextInt(4) == 0 ? title + " " + placeName(random) : title;
    }

    static String summary(SplittableRandom random) {
        return "Giải pháp " + pick(random, SUMMARY_HOW) + ", " + pick(random, SUMMARY_BENEFITS) + ".";
    }

    /** A draft dossier of the unit, as an officer files one: the soak's writes and the submit measurement send it. */
    static ObjectNode draft(ObjectMapper json,
                                                                SplittableRandom random, String unitCode, String label) {
        ObjectNode dossier = json.createObjectNode()
                .put("programCode", Harness.PROGRAM).put("unitCode", unitCode)
                .put("title", title(random) + " (" + label + ")")
                .put("summary", summary(random))
                .put("solutionType", pick(random, Generate.SOLUTION_TYPES))
                .put("field", pick(random, Generate.FIELDS))
                .put("firstAppliedOn", "2022-04-20").put("filedOn", "2022-05-02")
                .put("addressee", "Hội đồng sáng kiến UBND huyện").put("solution", "Mô tả giải pháp");
        ArrayNode authors = dossier.putArray("authors");
        String author = personName(random);
        authors.addObject().put("fullName", author).put("contributionPercent", 60);
        authors.addObject().put("fullName", personNameOtherThan(random, author)).put("contributionPercent", 40);
        return dossier;
    }
}
