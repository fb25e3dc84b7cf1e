package vn.congdoan.sangkien.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class InitiativeDtos {

    private InitiativeDtos() {
    }

    @Schema(name = "Author", description = "Tác giả hoặc đồng tác giả / author or co-author")
    public record AuthorDto(
            @NotBlank @Size(max = 255) @Schema(examples = "Nguyễn Thị Hoa") String fullName,
            @Past @Schema(examples = "1985-03-14") LocalDate birthDate,
            @Size(max = 255) @Schema(examples = "Trung tâm Y tế huyện Phong Thổ") String workplace,
            @Size(max = 255) @Schema(examples = "Điều dưỡng trưởng") String jobTitle,
            @Size(max = 255) @Schema(examples = "Cử nhân điều dưỡng") String qualification,
            @NotNull @DecimalMin("0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 2)
            @Schema(description = "Tỷ lệ đóng góp (%) / contribution share in %", examples = "60") BigDecimal contributionPercent,
            @Schema(description = "Là đoàn viên công đoàn / union member", examples = "true") Boolean unionMember) {
    }

    @Schema(name = "InitiativeWrite", description = "Hồ sơ sáng kiến; version bắt buộc khi sửa / the dossier; version required to update")
    public record InitiativeWrite(
            @NotBlank @Size(max = 40) @Schema(examples = "1TRIEU-SK") String programCode,
            @NotBlank @Size(max = 40) @Schema(description = "Đơn vị báo cáo / reporting unit", examples = "LCH-PT") String unitCode,
            @NotBlank @Size(max = 500) @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường vùng cao") String title,
            @Size(max = 20000) @Schema(examples = "Bể lọc nhiều tầng bằng vật liệu địa phương cấp nước sạch cho 120 học sinh bán trú.") String summary,
            @NotNull SolutionType solutionType,
            @NotNull InitiativeField field,
            @NotNull @PastOrPresent @Schema(description = "Ngày áp dụng lần đầu / date first applied", examples = "2022-03-15") LocalDate firstAppliedOn,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull AuthorDto> authors,
            @Schema(examples = "0") Long version) {
    }

    @Schema(name = "Initiative", description = "Hồ sơ sáng kiến / an initiative dossier")
    public record InitiativeView(
            @Schema(examples = "1051") long id,
            String programCode,
            String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            String title,
            String summary,
            SolutionType solutionType,
            InitiativeField field,
            LocalDate firstAppliedOn,
            InitiativeStatus status,
            List<AuthorDto> authors,
            @Schema(description = "Người lập hồ sơ / who filed it", examples = "cb.phongtho") String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            long version) {
    }

    @Schema(name = "InitiativeSummary", description = "Một dòng trong danh sách sáng kiến / one row of a list")
    public record InitiativeSummary(
            long id,
            String programCode,
            String unitCode,
            String unitName,
            String title,
            SolutionType solutionType,
            InitiativeField field,
            LocalDate firstAppliedOn,
            InitiativeStatus status,
            OffsetDateTime updatedAt,
            long version) {
    }
}
