package vn.congdoan.sangkien.initiative.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.initiative.InitiativeRules;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.SolutionType;
import vn.congdoan.sangkien.initiative.importing.SheetReader.SheetRow;
import vn.congdoan.sangkien.common.text.TextInput;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Turns the rows of a sheet into initiatives to insert, or says for each wrong row which cell broke which rule. */
public final class ImportRows {

    /** The statuses a list kept in Excel may bring: the dossier's own steps are not replayed. */
    static final Set<InitiativeStatus> IMPORTABLE = Set.of(InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
            InitiativeStatus.RECOGNISED, InitiativeStatus.VALID);
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    public record Author(String fullName, BigDecimal contributionPercent) {
    }

    /** A unit a file may name: what the rows need of it. */
    public record ImportUnit(long id, String code, String path) {
    }

    /** @param foldedTitle the title folded once, for the duplicate check and its column */
    public record ImportedRow(int rowNumber, ImportUnit unit, String title, String foldedTitle, String summary,
                              SolutionType solutionType, InitiativeField field, LocalDate firstAppliedOn,
                              InitiativeStatus status, List<Author> authors, BigDecimal estimatedValueVnd) {
    }

    @Schema(name = "RejectedRow", description = "Một dòng bị từ chối của tệp / one rejected row of the file")
    public record RejectedRow(
            @Schema(description = "Số dòng như trong tệp / row number as in the file", examples = "7") int row,
            List<FieldProblem> errors) {
    }

    private final Map<ImportColumn, Integer> columns;
    private final Function<String, Optional<ImportUnit>> unitsInScope;
    private final LocalDate windowStart;
    private final LocalDate windowEnd;
    private final Set<String> seen = new HashSet<>();

    /**
     * @param unitsInScope a unit by code, if it exists and the importer may report for it
     * @param windowStart  the programme's counting window
     */
    public ImportRows(List<String> header, Function<String, Optional<ImportUnit>> unitsInScope, LocalDate windowStart, LocalDate windowEnd) {
        this.columns = new EnumMap<>(ImportColumn.class);
        for (int i = 0; i < header.size(); i++) {
            int index = i;
            ImportColumn.ofHeader(header.get(i)).ifPresent(c -> columns.putIfAbsent(c, index));
        }
        this.unitsInScope = unitsInScope;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    /** The required columns the header lacks, each as a problem naming the column's label. */
    public List<FieldProblem> missingColumns() {
        return Arrays.stream(ImportColumn.values()).filter(c -> c.required && !columns.containsKey(c))
                .map(c -> FieldProblem.of("header", "RequiredColumn", c.label)).toList();
    }

    /** How many authors the rows can bring at most (one more than their separators): ids are taken before checking. */
    public int authorsAtMost(List<SheetRow> rows) {
        Integer column = columns.get(ImportColumn.AUTHORS);
        int count = 0;
        for (SheetRow row : rows) {
            String cell = column == null ? "" : row.cell(column);
            for (int i = 0; i < cell.length(); i++) {
                if (cell.charAt(i) == ';') {
                    count++;
                }
            }
            count++;
        }
        return count;
    }

    /** @return the row to import, or the problems of this row (fields named "rows[n].column") */
    public Object check(SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        Cells cells = new Cells(row, problems);
        ImportUnit unit = cells.required(ImportColumn.UNIT_CODE).flatMap(code -> {
            Optional<ImportUnit> found = unitsInScope.apply(code);
            if (found.isEmpty()) {
                problems.add(cells.problem(ImportColumn.UNIT_CODE, "UnitExists", code));
            }
            return found;
        }).orElse(null);
        String title = cells.required(ImportColumn.TITLE).filter(t -> cells.maxLength(ImportColumn.TITLE, t, 500)).orElse(null);
        String summary = cells.optional(ImportColumn.SUMMARY).orElse(null);
        SolutionType solutionType = cells.required(ImportColumn.SOLUTION_TYPE)
                .flatMap(v -> cells.oneOf(ImportColumn.SOLUTION_TYPE, v, SolutionType.class, Set.of(SolutionType.values()))).orElse(null);
        InitiativeField field = cells.required(ImportColumn.FIELD)
                .flatMap(v -> cells.oneOf(ImportColumn.FIELD, v, InitiativeField.class, Set.of(InitiativeField.values()))).orElse(null);
        LocalDate firstApplied = cells.required(ImportColumn.FIRST_APPLIED_ON).flatMap(v -> date(cells, v)).orElse(null);
        InitiativeStatus status = cells.optional(ImportColumn.STATUS)
                .map(v -> cells.oneOf(ImportColumn.STATUS, v, InitiativeStatus.class, IMPORTABLE).orElse(null))
                .orElse(InitiativeStatus.DRAFT);
        List<Author> authors = cells.required(ImportColumn.AUTHORS).map(v -> authors(cells, v)).orElse(List.of());
        BigDecimal value = cells.optional(ImportColumn.ESTIMATED_VALUE_VND).flatMap(v -> money(cells, v)).orElse(null);
        String foldedTitle = title == null ? null : SearchText.fold(title);
        if (unit != null && title != null && !seen.add(unit.id() + "|" + foldedTitle)) {
            problems.add(cells.problem(ImportColumn.TITLE, "DuplicateInFile"));
        }
        if (!problems.isEmpty()) {
            return new RejectedRow(row.number(), problems);
        }
        return new ImportedRow(row.number(), unit, title, foldedTitle, summary, solutionType, field, firstApplied, status,
                authors, value);
    }

    private Optional<LocalDate> date(Cells cells, String text) {
        for (DateTimeFormatter format : List.of(VietnameseFormats.DATE, ISO_DATE)) {
            try {
                LocalDate day = LocalDate.parse(text, format);
                if (day.isBefore(windowStart) || day.isAfter(windowEnd)) {
                    cells.problems.add(cells.problem(ImportColumn.FIRST_APPLIED_ON, "WithinProgramWindow",
                            VietnameseFormats.date(windowStart), VietnameseFormats.date(windowEnd)));
                    return Optional.empty();
                }
                return Optional.of(day);
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        cells.problems.add(cells.problem(ImportColumn.FIRST_APPLIED_ON, "VietnameseDate"));
        return Optional.empty();
    }

    /** "Nguyễn Văn A: 60; Trần Thị B: 40", or one name alone for 100 %. */
    private static List<Author> authors(Cells cells, String text) {
        List<Author> authors = new ArrayList<>();
        String[] parts = text.split(";");
        for (String part : parts) {
            String[] nameAndShare = part.split(":");
            String name = nameAndShare[0].strip();
            try {
                BigDecimal share = nameAndShare.length == 1 && parts.length == 1 ? BigDecimal.valueOf(100)
                        : new BigDecimal(nameAndShare[1].strip().replace("%", "").replace(',', '.'));
                // The column keeps two decimals: a share that rounds to 0 would break its check constraint (a 500).
                if (name.isEmpty() || name.length() > 255 || nameAndShare.length > 2
                        || share.setScale(2, RoundingMode.HALF_UP).signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new NumberFormatException();
                }
                authors.add(new Author(name, share));
            } catch (RuntimeException e) {
                cells.problems.add(cells.problem(ImportColumn.AUTHORS, "AuthorList"));
                return List.of();
            }
        }
        int duplicate = InitiativeRules.firstDuplicate(
                authors.stream().map(a -> InitiativeRules.sameAuthor(a.fullName(), null)).toList());
        if (duplicate >= 0) {
            cells.problems.add(cells.problem(ImportColumn.AUTHORS, "DistinctAuthors", authors.get(duplicate).fullName()));
        }
        BigDecimal sum = authors.stream().map(Author::contributionPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            cells.problems.add(cells.problem(ImportColumn.AUTHORS, "ContributionSum", sum.stripTrailingZeros().toPlainString()));
        }
        return authors;
    }

    private static Optional<BigDecimal> money(Cells cells, String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace(".", "").replace(" ", ""));
            if (value.signum() < 0 || value.scale() > 0 || value.precision() > 18) {
                throw new NumberFormatException();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            cells.problems.add(cells.problem(ImportColumn.ESTIMATED_VALUE_VND, "WholeDong"));
            return Optional.empty();
        }
    }

    /** The cells of one row, read by column, collecting the row's problems. */
    private final class Cells {
        private final SheetRow row;
        private final List<FieldProblem> problems;

        Cells(SheetRow row, List<FieldProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        Optional<String> optional(ImportColumn column) {
            Integer index = columns.get(column);
            String value = index == null ? "" : row.cell(index);
            return value.isEmpty() ? Optional.empty() : obeyingTextRules(column, value);
        }

        Optional<String> required(ImportColumn column) {
            Integer index = columns.get(column);
            String value = index == null ? "" : row.cell(index);
            if (value.isEmpty()) {
                problems.add(problem(column, "NotBlank"));
                return Optional.empty();
            }
            return obeyingTextRules(column, value);
        }

        private Optional<String> obeyingTextRules(ImportColumn column, String value) {
            String broken = TextInput.brokenRule(value);
            if (broken != null) {
                problems.add(problem(column, broken));
                return Optional.empty();
            }
            return Optional.of(TextInput.composed(value));
        }

        boolean maxLength(ImportColumn column, String value, int max) {
            if (value.length() > max) {
                problems.add(problem(column, "Size", 1, max));
                return false;
            }
            return true;
        }

        <E extends Enum<E>> Optional<E> oneOf(ImportColumn column, String value, Class<E> type, Set<E> allowed) {
            try {
                E parsed = Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
                if (allowed.contains(parsed)) {
                    return Optional.of(parsed);
                }
            } catch (IllegalArgumentException ignored) {
                // reported below with the accepted values
            }
            problems.add(problem(column, "OneOf", String.join(", ", allowed.stream().map(Enum::name).sorted().toList())));
            return Optional.empty();
        }

        FieldProblem problem(ImportColumn column, String rule, Object... args) {
            return FieldProblem.of("rows[" + row.number() + "]." + column.key, rule, args);
        }
    }
}
