package vn.congdoan.sangkien.showcase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.initiative.SolutionType;

import java.time.LocalDate;
import java.util.List;

public final class ShowcaseDtos {

    private ShowcaseDtos() {
    }

    @Schema(name = "ShowcaseItem", description = "Một sáng kiến trên trang giới thiệu công khai / one initiative of the public showcase")
    public record ShowcaseItem(
            @Schema(examples = "1051") long id,
            @Schema(examples = "Máy lọc nước cho điểm trường vùng cao") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            InitiativeField field,
            @Schema(examples = "Phát triển kinh tế – xã hội") String fieldLabel,
            SolutionType solutionType,
            @Schema(examples = "Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho 120 học sinh bán trú.") String summary,
            @Schema(description = "Ngày quyết định công nhận / date of the recognition decision", examples = "2026-11-20") LocalDate recognisedOn,
            @Schema(description = "Số đơn vị thấy sáng kiến cũng giúp mình / how many said it helped them too", examples = "12") long helpedCount) {
    }

    @Schema(name = "ShowcaseInitiative", description = "Sáng kiến đã công nhận được công bố: chỉ phần công khai, không bao giờ phần bảo mật hay thông tin cá nhân "
            + "/ a published recognised initiative: its public part only, never the confidential parts or personal data")
    public record ShowcaseInitiative(
            @Schema(examples = "1051") long id,
            @Schema(examples = "Máy lọc nước cho điểm trường vùng cao") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            InitiativeField field,
            @Schema(examples = "Phát triển kinh tế – xã hội") String fieldLabel,
            SolutionType solutionType,
            @Schema(examples = "Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho 120 học sinh bán trú.") String summary,
            @Schema(description = "Lợi ích theo tác giả / benefits as the authors see them") String benefitsByAuthors,
            @Schema(description = "Lợi ích theo tổ chức đã áp dụng / benefits as those who applied it see them") String benefitsByAppliers,
            @Schema(examples = "2026-11-20") LocalDate recognisedOn,
            @Schema(examples = "B") String grade,
            @Schema(description = "Tên các tác giả đồng ý hiện tên / the names of the authors who agreed to be shown", examples = "[\"Nguyễn Thị Hoa\"]") List<String> authorNames,
            @Schema(examples = "12") long helpedCount) {
    }

    @Schema(name = "ShowcaseHelped", description = "Số lượt \"Sáng kiến này cũng giúp đơn vị tôi\" và lượt của người gọi "
            + "/ the \"this helped us too\" count and whether the caller marked it")
    public record Helped(@Schema(examples = "12") long count, @Schema(examples = "true") boolean helpedByMe) {
    }

    /** The mark's body: nothing is needed, the caller is who marks; an empty object may be sent. */
    @Schema(name = "ShowcaseHelpedMark", description = "Không cần nội dung: người gọi là người đánh dấu / nothing needed: the caller is who marks",
            examples = "{}")
    public record HelpedMark() {
    }
}
