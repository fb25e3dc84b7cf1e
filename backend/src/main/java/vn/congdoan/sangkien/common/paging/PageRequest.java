package vn.congdoan.sangkien.common.paging;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.util.Map;

/** Paging and sorting query parameters shared by every search: ?page=0&size=20&sort=-updatedAt */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Parameter(description = "Trang, bắt đầu từ 0 / page number from 0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    @Parameter(description = "Số dòng mỗi trang (1–200) / page size")
    int size;

    @QueryParam("sort")
    @Pattern(regexp = "-?[A-Za-z]+")
    @Parameter(description = "Trường sắp xếp, '-' phía trước để giảm dần / sort field, '-' prefix for descending", example = "-updatedAt")
    String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    /** The sort asked for, or {@code defaultSort}: what a cursor is tied to. */
    public String sortOr(String defaultSort) {
        return sort == null || sort.isBlank() ? defaultSort : sort;
    }

    /**
     * @param allowed client sort names mapped to entity attributes; the first is the default.
     */
    public Sort panacheSort(Map<String, String> allowed, String defaultSort) {
        String requested = sortOr(defaultSort);
        boolean descending = requested.startsWith("-");
        String attribute = allowed.get(descending ? requested.substring(1) : requested);
        if (attribute == null) {
            throw ApiException.invalid(FieldProblem.of("sort", "SortField", String.join(", ", allowed.keySet())));
        }
        Sort order = descending ? Sort.descending(attribute) : Sort.ascending(attribute);
        return order.and("id");
    }
}
