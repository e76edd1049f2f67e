package cn.xuchang.directory.editing;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 修改对象 (what a change addresses): the record's id from the path and, from If-Match, the version the
 * client read. Shared by every write that needs If-Match.
 */
public class RecordAddress {

    // The OpenAPI filter replaces this with the id parameter of the record's GET, which names the kind.
    @PathParam("id")
    @Parameter(description = "Id of the record")
    String id;

    @HeaderParam(HttpHeaders.IF_MATCH)
    @Parameter(description = "ETag of the version being changed", example = "\"3\"")
    String ifMatch;

    public String id() {
        return id;
    }

    public String ifMatch() {
        return ifMatch;
    }
}
