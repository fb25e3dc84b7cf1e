package vn.congdoan.sangkien.quota;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;
import vn.congdoan.sangkien.program.QuotaRule;
import vn.congdoan.sangkien.unit.UnitType;

import java.util.List;
import java.util.Map;

public final class QuotaDtos {

    private QuotaDtos() {
    }

    @Schema(name = "QuotaRow", description = "Chỉ tiêu của một đơn vị theo từng giai đoạn / a unit's targets by period code")
    public record QuotaRow(
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            UnitType unitType,
            @Schema(examples = "{\"2022-2023\": 265, \"GD1\": 135, \"GD2\": 130}") Map<String, Integer> targets) {
    }

    @Schema(name = "QuotaTable", description = "Bảng chỉ tiêu của một đơn vị và các đơn vị trực thuộc / a unit's quota table with its direct children")
    public record QuotaTable(
            @Schema(examples = "1TRIEU-SK") String programCode,
            QuotaRule quotaRule,
            List<PeriodView> periods,
            QuotaRow parent,
            List<QuotaRow> children,
            @Schema(description = "Tổng của các đơn vị trực thuộc / sum over the children", examples = "{\"2022-2023\": 2300, \"GD1\": 1200, \"GD2\": 1100}")
            Map<String, Integer> childrenTotals,
            @Schema(description = "Gửi lại khi sửa bảng này / send back when changing this table", examples = "3") long version) {
    }

    @Schema(name = "QuotaAllocation", description = "Thay toàn bộ phân bổ chỉ tiêu cho các đơn vị trực thuộc / replaces the whole allocation to the children")
    public record QuotaAllocation(
            @NotNull @Schema(description = "version của bảng chỉ tiêu đã đọc / the quota table's version as read", examples = "0") Long version,
            @NotNull @Size(max = 2000) List<@Valid @NotNull ChildTargets> allocations,
            @Size(max = 200) @Schema(description = "Phân bổ tiếp của các đơn vị trực thuộc, đổi cùng lúc trong một giao dịch (bắt buộc khi "
                    + "MUST_EQUAL và chỉ tiêu của đơn vị con đã phân bổ tiếp thay đổi) / the children's own allocations, changed in the same "
                    + "transaction (needed under MUST_EQUAL when a child's targets change and it has allocated them further)")
            List<@Valid @NotNull ChildAllocation> below) {

        public QuotaAllocation(Long version, List<ChildTargets> allocations) {
            this(version, allocations, null);
        }
    }

    @Schema(name = "ChildAllocation", description = "Phân bổ của một đơn vị trực thuộc cho cấp dưới của nó / a child's allocation to its own children")
    public record ChildAllocation(
            @NotBlank @Schema(examples = "LCH-PT") String unitCode,
            @NotNull @Valid QuotaAllocation allocation) {
    }

    @Schema(name = "ChildTargets")
    public record ChildTargets(
            @NotBlank @Schema(examples = "LCH-PT") String unitCode,
            @NotNull @Schema(examples = "{\"2022-2023\": 265, \"GD1\": 135, \"GD2\": 130}") Map<String, Integer> targets) {
    }

    @Schema(name = "OwnTargets", description = "Chỉ tiêu của đơn vị đứng đầu chương trình / targets of the unit at the top of the programme")
    public record OwnTargets(
            @NotNull @Schema(examples = "0") Long version,
            @NotNull @Schema(examples = "{\"2022-2023\": 2300, \"GD1\": 1200, \"GD2\": 1100}") Map<String, Integer> targets,
            @Size(max = 2000) @Schema(description = "Nếu có: thay luôn phân bổ cho các đơn vị trực thuộc trong cùng giao dịch "
                    + "/ if sent: also replaces the allocation to the children, in the same transaction")
            List<@Valid @NotNull ChildTargets> allocations,
            @Size(max = 200) @Schema(description = "Cùng với allocations: phân bổ tiếp của các đơn vị trực thuộc "
                    + "/ with allocations: the children's own allocations")
            List<@Valid @NotNull ChildAllocation> below) {

        public OwnTargets(Long version, Map<String, Integer> targets) {
            this(version, targets, null, null);
        }
    }

    @Schema(name = "QuotaChange", description = "Một chỉ tiêu (đơn vị, giai đoạn) như bản sao cần giữ / one target (unit, period) as a mirror keeps it")
    public record QuotaChange(
            @Schema(description = "Định danh ổn định: chương trình/giai đoạn/đơn vị / stable id: programme/period/unit",
                    examples = "1TRIEU-SK/GD1/LCH-PT") String id,
            @Schema(examples = "GD1") String periodCode,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "135") int target,
            java.time.OffsetDateTime updatedAt) {
    }

    @Schema(name = "QuotaChanges", description = "Một trang thay đổi chỉ tiêu: áp dụng removed rồi items theo id; gọi lại ngay với next khi more "
            + "/ one page of quota changes: apply removed, then items, by id; call again with next at once while more is true")
    public record QuotaChanges(
            List<QuotaChange> items,
            @Schema(description = "Chỉ tiêu đã bỏ (kind QUOTA) / targets removed (kind QUOTA)") List<vn.congdoan.sangkien.common.sync.Removal> removed,
            @Schema(description = "Mã đồng bộ cho lần gọi sau / the sync token for the next call (opaque)",
                    examples = "c1.MTIzLjEyMy40NTYuMS43ODk") String next,
            @Schema(description = "Còn thay đổi: gọi lại ngay / more changes are waiting: call again now", examples = "false") boolean more) {
    }
}
