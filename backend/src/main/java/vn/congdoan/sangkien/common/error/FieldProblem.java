package vn.congdoan.sangkien.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rule that one field broke, said in Vietnamese and in English. */
@Schema(description = "Một lỗi ở một trường / one field's broken rule")
public record FieldProblem(
        @Schema(examples = "authors[1].contributionPercent") String field,
        @Schema(examples = "ContributionSum") String rule,
        @Schema(examples = "Tổng tỷ lệ đóng góp của các tác giả phải bằng 100%") String message,
        @Schema(examples = "The authors' contributions must add up to 100%") String messageEn) {

    public static FieldProblem of(String field, String rule, Object... args) {
        return new FieldProblem(field, rule, Messages.vi("rule." + rule, args), Messages.en("rule." + rule, args));
    }

    /** The same problem, its field named from further out in the request ("below[0].allocation." + field). */
    public FieldProblem under(String prefix) {
        return prefix.isEmpty() ? this : new FieldProblem(prefix + field, rule, message, messageEn);
    }
}
