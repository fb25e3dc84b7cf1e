package vn.congdoan.sangkien.common.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a search. */
@Schema(description = "Một trang kết quả / one page of results")
public record PageResult<T>(
        List<T> items,
        @Schema(examples = "0") int page,
        @Schema(examples = "20") int size,
        @Schema(description = "Số kết quả; khi đọc theo cursor: số kết quả từ cursor trở đi / the number of matches; read by cursor: "
                + "the matches from the cursor on", examples = "2300") long totalItems,
        @Schema(examples = "115") int totalPages,
        @Schema(description = "Trang sau theo khóa (chỉ danh sách có tham số cursor), không bị xô lệch khi có thay đổi; không có khi đã hết "
                + "/ the next page by key (lists with a cursor parameter only), not shifted by changes meanwhile; absent after the last page",
                examples = "k1.dXBkYXRlZEF0HzEyMzQfMjAyNi0xMi0wNCAwNjowMDowMCswMA") String nextCursor) {

    public static <E, T> PageResult<T> of(List<E> items, PageRequest request, long total, Function<E, T> mapper) {
        return of(items, request, total, mapper, null);
    }

    public static <E, T> PageResult<T> of(List<E> items, PageRequest request, long total, Function<E, T> mapper, Cursor next) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResult<>(items.stream().map(mapper).toList(), request.page(), request.size(), total, pages,
                next == null ? null : next.text());
    }
}
