package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.text.SearchText;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the import template. A header cell is recognised by its Vietnamese label with or without
 * diacritics ("Mã đơn vị", "ma don vi") or by the API field name ("unitCode"), in any order.
 */
public enum ImportColumn {
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

    public static Optional<ImportColumn> ofHeader(String header) {
        String folded = SearchText.fold(header);
        return Arrays.stream(values())
                .filter(c -> c.key.equalsIgnoreCase(header.strip()) || folded.startsWith(SearchText.fold(c.label.replaceAll("\\(.*\\)", ""))))
                .findFirst();
    }
}
