package cn.xuchang.directory.importer;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;

/** HTTP API exporting the directory in the data/ format: the way API edits travel back into data/. */
@Path("/api/v1/export")
@Tag(name = "Export")
public class ExportResource {

    private static final String EXAMPLE_YAML = """
            - id: startup-loan-yuzhou
              number: 0374-8297716
              type: consultation
              label: 创业担保贷款服务电话（禹州市）
              organization: xuchang-hrss
              services:
              - startup-guarantee-loan
              regions:
              - "411081"
              status: active
              source: 许昌日报 2023年11月 版面 (shared/seeds/xuchang-daily-2023-11.txt)
            """;

    /** The change feed's cursor that matches the export's content. */
    static final String CURSOR_HEADER = "X-Changes-Cursor";
    private static final String CURSOR_DESCRIPTION = "The change feed's cursor (opaque) that matches this content "
            + "exactly: GET /api/v1/changes?after= it gives every change since";

    @Inject
    DataExport export;

    @GET
    @Produces("application/zip")
    @Operation(operationId = "exportDirectory", summary = "The whole directory as data/ files, zipped",
            description = "regions.csv, region-names.yaml, organizations.yaml, services.yaml, locations.yaml, "
                    + "hotlines.yaml, national-hotlines.yaml and channels.yaml as the database holds them, retired "
                    + "records included. Unzip over data/ to carry API edits into the files. A mirror starts here: "
                    + "the X-Changes-Cursor header is where to follow GET /api/v1/changes from.")
    @APIResponse(responseCode = "200", description = "A zip of the data/ files",
            headers = @Header(name = CURSOR_HEADER, description = CURSOR_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = @Content(mediaType = "application/zip",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response zip() {
        DataExport.Zip zip = export.zip();
        return Response.ok(zip.bytes()).header("Content-Disposition", "attachment; filename=\"data.zip\"")
                .header(CURSOR_HEADER, zip.cursor()).build();
    }

    @GET
    @Path("/{file}")
    @Produces({"application/yaml", "text/csv"})
    @Operation(operationId = "exportFile", summary = "One data/ file as the database holds it",
            description = "The same content as the file of that name in the zip.")
    @APIResponse(responseCode = "200", description = "The file",
            headers = @Header(name = CURSOR_HEADER, description = CURSOR_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, maxLength = 20)),
            content = {
                @Content(mediaType = "application/yaml", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "hotlines.yaml (first record)", value = EXAMPLE_YAML)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                        examples = @ExampleObject(name = "regions.csv (first lines)", value = "code,name,level,parent_code,source\n410000,河南省,province,,国家统计局 2023年统计用区划代码\n"))})
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response file(
            @Parameter(description = "File name", example = "hotlines.yaml") @PathParam("file") String file) {
        DataExport.Files files = export.files();
        String content = ApiException.orNotFound(files.files().get(file), "data/ file", file);
        return Response.ok(content, file.endsWith(".csv") ? "text/csv; charset=utf-8" : "application/yaml; charset=utf-8")
                .header(CURSOR_HEADER, files.cursor()).build();
    }
}
