package vn.congdoan.sangkien.common.spreadsheet;

import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A column of an import template. A header cell names it by its Vietnamese label with or without diacritics ("Mã đơn
 * vị", "ma don vi"; a note in brackets may follow) or by the API field name ("unitCode"), in any order.
 */
public interface SheetColumn {

    /**
     * What a column is: its API field name, its Vietnamese label and whether a row must fill it.
     *
     * @param choices the values a cell may take (the template's dropdown), empty for free text
     */
    record Spec(String key, String label, boolean required, List<String> choices) {

        public Spec(String key, String label, boolean required) {
            this(key, label, required, List.of());
        }

        /** An enumeration's values as the cell's choices. */
        public static <E extends Enum<E>> List<String> names(Collection<E> values) {
            return values.stream().map(Enum::name).toList();
        }
    }

    Spec spec();

    default String key() {
        return spec().key();
    }

    default String label() {
        return spec().label();
    }

    default boolean required() {
        return spec().required();
    }

    /** The column a header cell names; of labels that both fit ("Mã đơn vị", "Mã đơn vị cấp trên"), the longer. */
    static <C extends Enum<C> & SheetColumn> Optional<C> ofHeader(Class<C> columns, String header) {
        String folded = SearchText.fold(header);
        return Arrays.stream(columns.getEnumConstants())
                .filter(c -> c.key().equalsIgnoreCase(header.strip()) || folded.startsWith(foldedLabel(c)))
                .max(Comparator.comparingInt(c -> c.key().equalsIgnoreCase(header.strip()) ? Integer.MAX_VALUE : foldedLabel(c).length()));
    }

    /** Where each column stands in the header (the first cell naming it). */
    static <C extends Enum<C> & SheetColumn> Map<C, Integer> indexes(Class<C> columns, List<String> header) {
        Map<C, Integer> indexes = new EnumMap<>(columns);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ofHeader(columns, header.get(i)).ifPresent(c -> indexes.putIfAbsent(c, index));
        }
        return indexes;
    }

    /** A problem for each required column the header lacks. */
    static <C extends Enum<C> & SheetColumn> List<FieldProblem> missing(Class<C> columns, Map<C, Integer> indexes) {
        return Arrays.stream(columns.getEnumConstants()).filter(c -> c.required() && !indexes.containsKey(c))
                .map(c -> FieldProblem.of("header", "RequiredColumn", c.label())).toList();
    }

    private static String foldedLabel(SheetColumn column) {
        return SearchText.fold(column.label().replaceAll("\\(.*\\)", ""));
    }
}
