package vn.congdoan.sangkien.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.sync.Removal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class RegisterDtos {

    private RegisterDtos() {
    }

    @Schema(name = "RegisterEntry", description = "Một sáng kiến trong sổ đăng ký, không có dữ liệu cá nhân (không tên tác giả, không nội dung hồ sơ) "
            + "/ one initiative of the register, without personal data (no author names, no dossier text)")
    public record RegisterEntry(
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "SOCIO_ECONOMIC") String field,
            @Schema(examples = "TECHNICAL") String solutionType,
            @Schema(examples = "VALID") String status,
            @Schema(examples = "GRASSROOTS") String impactLevel,
            @Schema(examples = "A") String grade,
            @Schema(examples = "2022-03-15") LocalDate firstAppliedOn,
            @Schema(examples = "2022-04-02") LocalDate submittedOn,
            @Schema(examples = "Hội đồng sáng kiến LĐLĐ tỉnh Lai Châu") String recognitionBody,
            @Schema(examples = "15/QĐ-LĐLĐ") String decisionNumber,
            @Schema(examples = "2022-05-20") LocalDate decisionDate,
            @Schema(examples = "150000000") BigDecimal estimatedValueVnd,
            @Schema(description = "Số tác giả / number of authors", examples = "2") int authorCount,
            @Schema(description = "Mã định danh ổn định, không bao giờ dùng lại / stable id, never reused", examples = "1234") long id,
            @Schema(description = "Lần sửa cuối / last changed") OffsetDateTime updatedAt) {
    }

    @Schema(name = "RegisterPage", description = "Một trang sổ đăng ký / one page of the register")
    public record RegisterPage(
            @Schema(examples = "1TRIEU-SK") String programCode,
            @Schema(examples = "GD1") String periodCode,
            @Schema(examples = "LCH") String rootCode,
            List<RegisterEntry> items,
            @Schema(examples = "0") int page,
            @Schema(examples = "1000") int size,
            @Schema(examples = "2300") long totalItems,
            @Schema(examples = "3") int totalPages,
            @Schema(description = "Trang sau theo khóa (tham số cursor), không bị xô lệch khi có thay đổi; không có khi đã hết "
                    + "/ the next page by key (parameter cursor), not shifted by changes meanwhile; absent after the last page",
                    examples = "k1.cmVnaXN0ZXIfMTIzNB8A") String nextCursor) {
    }

    @Schema(name = "RegisterChange", description = "Một sáng kiến như bản sao của sổ đăng ký cần giữ, không có dữ liệu cá nhân; "
            + "đơn vị theo mã (tên đơn vị lấy từ /api/v1/units/changes) / one initiative as a mirror of the register keeps it, "
            + "without personal data; its unit by code (unit names come from /api/v1/units/changes)")
    public record RegisterChange(
            @Schema(description = "Mã định danh ổn định, không bao giờ dùng lại / stable id, never reused", examples = "1234") long id,
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "SOCIO_ECONOMIC") String field,
            @Schema(examples = "TECHNICAL") String solutionType,
            @Schema(examples = "VALID") String status,
            @Schema(examples = "GRASSROOTS") String impactLevel,
            @Schema(examples = "A") String grade,
            @Schema(examples = "2022-03-15") LocalDate firstAppliedOn,
            @Schema(examples = "2022-04-02") LocalDate submittedOn,
            @Schema(examples = "Hội đồng sáng kiến LĐLĐ tỉnh Lai Châu") String recognitionBody,
            @Schema(examples = "15/QĐ-LĐLĐ") String decisionNumber,
            @Schema(examples = "2022-05-20") LocalDate decisionDate,
            @Schema(examples = "150000000") BigDecimal estimatedValueVnd,
            @Schema(description = "Số tác giả / number of authors", examples = "2") int authorCount,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "RegisterChanges", description = "Một trang thay đổi của sổ đăng ký: áp dụng removed rồi items theo id; gọi lại ngay với next khi more, "
            + "sau đó định kỳ / one page of the register's changes: apply removed, then items, by id; call again with next at once while more is true, "
            + "then from time to time")
    public record RegisterChanges(
            List<RegisterChange> items,
            @Schema(description = "Sáng kiến đã bị xóa (bia mộ, kind INITIATIVE) / dossiers deleted (tombstones, kind INITIATIVE)") List<Removal> removed,
            @Schema(description = "Mã đồng bộ cho lần gọi sau (giữ nguyên, không giải mã) / the sync token for the next call (opaque)",
                    examples = "c1.MTIzLjEyMy40NTYuMS43ODk") String next,
            @Schema(description = "Còn thay đổi: gọi lại ngay / more changes are waiting: call again now") boolean more) {
    }
}
