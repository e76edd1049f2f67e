package cn.xuchang.directory.hsds;

import java.util.List;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.xuchang.directory.common.Params;

/** HSDS 分页参数 (HSDS paging parameters): {@code page} and {@code per_page} as the HSDS API names them. */
public class HsdsPaging {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 1000;
    /** So that the first item's position stays an int. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PER_PAGE;

    @QueryParam("page")
    @Parameter(description = "Page number, starting at 1", example = "1", schema = @Schema(type = SchemaType.INTEGER,
            format = "int32", minimum = "1", maximum = "" + MAX_PAGE, defaultValue = "1"))
    String page;

    @QueryParam("per_page")
    @Parameter(description = "Items per page, 1 to " + MAX_PER_PAGE, example = "50",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "" + MAX_PER_PAGE,
                    defaultValue = "" + DEFAULT_PER_PAGE))
    String perPage;

    /** The asked-for page of {@code all}. */
    <T> Hsds.Page<T> of(List<T> all) {
        return Hsds.Page.of(all, Params.intInRange("page", page, 1, 1, MAX_PAGE),
                Params.intInRange("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
    }
}
