package cn.xuchang.directory.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.quarkus.panache.common.Page;

/**
 * 分页参数 (paging parameters) shared by every list endpoint: 1-based page, bounded size. Read as text
 * and parsed here, so that {@code page=abc} is a 400 naming the parameter rather than JAX-RS's 404.
 */
public class Paging {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** So that the first item's position stays an int. */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @Parameter(description = "Page number, starting at 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_PAGE,
                    defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, 1 to " + MAX_SIZE, example = "50",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_SIZE,
                    defaultValue = "" + DEFAULT_SIZE))
    String size;

    public int page() {
        return Params.intInRange("page", page, 1, 1, MAX_PAGE);
    }

    public int size() {
        return Params.intInRange("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
    }

    public Page toPanache() {
        return Page.of(page() - 1, size());
    }
}
