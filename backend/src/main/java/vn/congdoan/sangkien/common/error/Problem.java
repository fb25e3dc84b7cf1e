package vn.congdoan.sangkien.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** RFC 9457 problem details, with the English text beside the Vietnamese one and the broken field rules. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details (application/problem+json)")
public record Problem(
        @Schema(examples = "urn:sangkien:problem:validation") String type,
        @Schema(examples = "Dữ liệu không hợp lệ") String title,
        @Schema(examples = "400") int status,
        @Schema(examples = "Có 1 trường không hợp lệ") String detail,
        @Schema(examples = "Invalid input") String titleEn,
        @Schema(examples = "1 field is invalid") String detailEn,
        @Schema(examples = "/api/v1/initiatives") String instance,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose texts are problem.&lt;key&gt;.title and .detail (filled with {@code args}) in both languages. */
    public static Problem of(String key, int status, String instance, Object... args) {
        return new Problem("urn:sangkien:problem:" + key.replace('.', '-'), Messages.vi("problem." + key + ".title"), status,
                Messages.vi("problem." + key + ".detail", args), Messages.en("problem." + key + ".title"),
                Messages.en("problem." + key + ".detail", args), instance, List.of());
    }
}
