package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;

import java.util.Optional;

/** The columns of the initiative import template (how a header cell names one: {@link SheetColumn}). */
public enum ImportColumn implements SheetColumn {
    UNIT_CODE("unitCode", "Mã đơn vị", true),
    TITLE("title", "Tên sáng kiến", true),
    SUMMARY("summary", "Tóm tắt", false),
    SOLUTION_TYPE("solutionType", "Loại giải pháp", true),
    FIELD("field", "Lĩnh vực", true),
    FIRST_APPLIED_ON("firstAppliedOn", "Ngày áp dụng lần đầu", true),
    STATUS("status", "Trạng thái", false),
    AUTHORS("authors", "Tác giả", true),
    ESTIMATED_VALUE_VND("estimatedValueVnd", "Giá trị làm lợi (đồng)", false);

    public final String key;
    public final String label;
    public final boolean required;

    ImportColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }

    public static Optional<ImportColumn> ofHeader(String header) {
        return SheetColumn.ofHeader(ImportColumn.class, header);
    }
}
