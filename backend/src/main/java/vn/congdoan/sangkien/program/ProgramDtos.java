package vn.congdoan.sangkien.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

public final class ProgramDtos {

    private ProgramDtos() {
    }

    @Schema(name = "Program", description = "Chương trình / programme")
    public record ProgramView(
            @Schema(examples = "1TRIEU-SK") String code,
            @Schema(examples = "01 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19") String name,
            String description,
            QuotaRule quotaRule,
            @Schema(description = "Tỷ lệ đóng góp tối thiểu của mỗi đồng tác giả (%) / smallest co-author share", examples = "10") java.math.BigDecimal minCoauthorPercent,
            @Schema(description = "Lần sửa cuối / last changed") java.time.OffsetDateTime updatedAt,
            long version) {
    }

    @Schema(name = "ProgramCreate", description = "Tạo chương trình / create a programme")
    public record ProgramCreate(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") @Schema(examples = "1TRIEU-SK") String code,
            @NotBlank @Size(max = 500) @Schema(examples = "01 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19") String name,
            @Size(max = 10000) @Schema(examples = "Hướng dẫn 46/HD-TLĐ ngày 30/12/2021") String description,
            @Schema(description = "Mặc định MUST_EQUAL / default MUST_EQUAL", examples = "MUST_EQUAL") QuotaRule quotaRule,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100") @Schema(examples = "10") java.math.BigDecimal minCoauthorPercent) {
    }

    @Schema(name = "ProgramUpdate", description = "Thay toàn bộ thông tin chương trình / replaces the programme's data")
    public record ProgramUpdate(
            @NotBlank @Size(max = 500) @Schema(examples = "01 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19") String name,
            @Size(max = 10000) @Schema(examples = "Hướng dẫn 46/HD-TLĐ ngày 30/12/2021") String description,
            @NotNull @Schema(examples = "MUST_NOT_EXCEED") QuotaRule quotaRule,
            @jakarta.validation.constraints.DecimalMin("0") @jakarta.validation.constraints.DecimalMax("100") @Schema(examples = "10") java.math.BigDecimal minCoauthorPercent,
            @NotNull @Schema(description = "version đã đọc / the version as read", examples = "0") Long version) {
    }

    @Schema(name = "Period", description = "Giai đoạn, năm hoặc quý: cửa sổ tính sáng kiến (gồm cả hai đầu) / a counting window, both ends included")
    public record PeriodView(
            @Schema(examples = "GD1") String code,
            @Schema(examples = "Giai đoạn 1 (chỉ tiêu năm 2022)") String name,
            PeriodKind kind,
            @Schema(examples = "2022-2023") String parentCode,
            @Schema(examples = "2021-09-01") LocalDate startsOn,
            @Schema(examples = "2022-05-31") LocalDate endsOn,
            @Schema(description = "Lần sửa cuối / last changed") java.time.OffsetDateTime updatedAt,
            long version) {
    }

    @Schema(name = "PeriodWrite", description = "Tạo hoặc sửa một giai đoạn; version bắt buộc khi sửa / create or update a period; version required to update")
    public record PeriodWrite(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") @Schema(examples = "GD1") String code,
            @NotBlank @Size(max = 255) @Schema(examples = "Giai đoạn 1 (chỉ tiêu năm 2022)") String name,
            @NotNull @Schema(examples = "PHASE") PeriodKind kind,
            @Size(max = 40) @Schema(examples = "2022-2023") String parentCode,
            @NotNull @Schema(examples = "2021-09-01") LocalDate startsOn,
            @NotNull @Schema(examples = "2022-05-31") LocalDate endsOn,
            @Schema(description = "Bỏ trống khi tạo / omit to create", examples = "0") Long version) {
    }
}
