package vn.congdoan.sangkien.common.spreadsheet;

import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;
import vn.congdoan.sangkien.common.text.TextInput;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of one imported row, read by column, collecting the row's problems: each names the cell as
 * {@code rows[<row number>].<column key>}, the rule and its message in Vietnamese and English.
 */
public final class RowCells<C extends Enum<C> & SheetColumn> {

    private static final List<DateTimeFormatter> DATES = List.of(VietnameseFormats.DATE, DateTimeFormatter.ISO_LOCAL_DATE);

    private final Map<C, Integer> columns;
    private final SheetRow row;
    private final List<FieldProblem> problems;

    public RowCells(Map<C, Integer> columns, SheetRow row, List<FieldProblem> problems) {
        this.columns = columns;
        this.row = row;
        this.problems = problems;
    }

    public Optional<String> optional(C column) {
        String value = raw(column);
        return value.isEmpty() ? Optional.empty() : obeyingTextRules(column, value);
    }

    public Optional<String> required(C column) {
        String value = raw(column);
        if (value.isEmpty()) {
            add(column, "NotBlank");
            return Optional.empty();
        }
        return obeyingTextRules(column, value);
    }

    public boolean maxLength(C column, String value, int max) {
        if (value.length() > max) {
            add(column, "Size", 1, max);
            return false;
        }
        return true;
    }

    public <E extends Enum<E>> Optional<E> oneOf(C column, String value, Class<E> type, Set<E> allowed) {
        try {
            E parsed = Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
            if (allowed.contains(parsed)) {
                return Optional.of(parsed);
            }
        } catch (IllegalArgumentException ignored) {
            // reported below with the accepted values
        }
        add(column, "OneOf", String.join(", ", allowed.stream().map(Enum::name).sorted().toList()));
        return Optional.empty();
    }

    /** dd/MM/yyyy as people type it (or yyyy-MM-dd as systems write it). */
    public Optional<LocalDate> date(C column, String text) {
        Optional<LocalDate> day = parseDate(text);
        if (day.isEmpty()) {
            add(column, "VietnameseDate");
        }
        return day;
    }

    /** A date cell as {@link #date} reads it, without a problem when it cannot. */
    public static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        return Optional.empty();
    }

    public void add(C column, String rule, Object... args) {
        problems.add(problem(column, rule, args));
    }

    public FieldProblem problem(C column, String rule, Object... args) {
        return FieldProblem.of("rows[" + row.number() + "]." + column.key(), rule, args);
    }

    private String raw(C column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.cell(index);
    }

    private Optional<String> obeyingTextRules(C column, String value) {
        String broken = TextInput.brokenRule(value);
        if (broken != null) {
            add(column, broken);
            return Optional.empty();
        }
        return Optional.of(TextInput.composed(value));
    }
}
