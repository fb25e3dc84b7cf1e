package vn.congdoan.sangkien.common.sync;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A tombstone: what a mirror must drop, and when it went. */
@Schema(name = "Removal", description = "Một đối tượng đã bị xóa (bia mộ) / a deleted object (tombstone)")
public record Removal(
        @Schema(examples = "INITIATIVE", description = "INITIATIVE | QUOTA") String kind,
        @Schema(examples = "1234", description = "Mã định danh ổn định như ở mục đã gửi / the stable id, as its item carried it") String id,
        OffsetDateTime removedAt) {
}
