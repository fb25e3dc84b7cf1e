package vn.congdoan.sangkien.reward;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * What a reward's reason rests on, taken when it is proposed: a unit's target, valid initiatives and percent in the
 * period. A record, so that Hibernate's dirty check of the JSON column compares values (a map of loose numbers read
 * back as other number types looked changed on every load).
 */
@Schema(name = "RewardFigures", description = "Số liệu khi đề nghị / the figures when proposed")
public record RewardFigures(
        @Schema(description = "Chỉ tiêu / target", examples = "135") Integer target,
        @Schema(description = "Sáng kiến hợp lệ / valid initiatives", examples = "162") long valid,
        @Schema(description = "Phần trăm chỉ tiêu / percent of the target", examples = "120.0") BigDecimal percent) {
}
