package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.SolutionType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static vn.congdoan.sangkien.common.spreadsheet.SheetColumn.Spec.names;

/** The columns of the initiative import template (how a header cell names one: {@link SheetColumn}). */
public enum ImportColumn implements SheetColumn {
    UNIT_CODE("unitCode", "Mã đơn vị", true),
    TITLE("title", "Tên sáng kiến", true),
    SUMMARY("summary", "Tóm tắt", false),
    SOLUTION_TYPE("solutionType", "Loại giải pháp", true, names(EnumSet.allOf(SolutionType.class))),
    FIELD("field", "Lĩnh vực", true, names(EnumSet.allOf(InitiativeField.class))),
    FIRST_APPLIED_ON("firstAppliedOn", "Ngày áp dụng lần đầu", true),
    STATUS("status", "Trạng thái", false, names(EnumSet.copyOf(ImportRows.IMPORTABLE))),
    AUTHORS("authors", "Tác giả", true),
    ESTIMATED_VALUE_VND("estimatedValueVnd", "Giá trị làm lợi (đồng)", false);

    private final Spec spec;

    ImportColumn(String key, String label, boolean required) {
        this(key, label, required, List.of());
    }

    ImportColumn(String key, String label, boolean required, List<String> choices) {
        this.spec = new Spec(key, label, required, choices);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        return SheetColumn.ofHeader(ImportColumn.class, header);
    }
}
