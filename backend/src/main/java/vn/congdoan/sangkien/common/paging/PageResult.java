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
        @Schema(examples = "2300") long totalItems,
        @Schema(examples = "115") int totalPages) {

    public static <E, T> PageResult<T> of(List<E> items, PageRequest request, long total, Function<E, T> mapper) {
        int pages = (int) ((total + request.size() - 1) / request.size());
        return new PageResult<>(items.stream().map(mapper).toList(), request.page(), request.size(), total, pages);
    }
}
