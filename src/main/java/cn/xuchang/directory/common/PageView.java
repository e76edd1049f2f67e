package cn.xuchang.directory.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** 一页结果 (one page of a list), with the total so clients can page through everything. */
@Schema(requiredProperties = {"items", "page", "size", "total", "totalPages"})
public record PageView<T>(
        @Schema(description = "The items on this page, in a stable order") List<T> items,
        @Schema(description = "This page's number, starting at 1", examples = "1") int page,
        @Schema(description = "Requested page size", examples = "50") int size,
        @Schema(description = "Number of items in the whole list", examples = "113") long total,
        @Schema(description = "Number of pages in the whole list", examples = "3") int totalPages) {

    public static <E, T> PageView<T> of(PanacheQuery<E> query, Paging paging, Function<E, T> view) {
        return of(query.page(paging.toPanache()).list().stream().map(view).toList(), paging, query.count());
    }

    /** A page already read, of a list that has {@code total} items in all. */
    public static <T> PageView<T> of(List<T> items, Paging paging, long total) {
        int size = paging.size();
        return new PageView<>(items, paging.page(), size, total, (int) ((total + size - 1) / size));
    }
}
