package cn.xuchang.directory.spreadsheet;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP API giving the whole directory as a workbook in the import template's layout: export, edit, upload. */
@Path("/api/v1/export.xlsx")
@Tag(name = "Export")
public class SpreadsheetExportResource {

    @Inject
    Workbooks workbooks;

    @GET
    @Produces(Workbooks.XLSX)
    @Operation(operationId = "exportSpreadsheet", summary = "Every record being served, as the import template (.xlsx)",
            description = "The template's sheets, columns and dropdowns, filled with every record being served "
                    + "(retired ones left out). Uploaded unchanged to POST /api/v1/imports, every row is unchanged.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Workbooks.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)))
    public Response export() {
        return Response.ok(workbooks.export(), Workbooks.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"directory.xlsx\"").build();
    }
}
