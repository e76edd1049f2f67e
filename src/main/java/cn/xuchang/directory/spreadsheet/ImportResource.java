package cn.xuchang.directory.spreadsheet;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.Problem;
import cn.xuchang.directory.editing.EditorContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP API bringing an office's list in from a spreadsheet: the template, the upload answered with a preview, and
 * applying that preview. A client sends the file itself as the body (fetch(url, {body: file})), or a browser form
 * with the file in its part "file".
 */
@Path("/api/v1/imports")
@Tag(name = "Imports", description = "An office's list from a spreadsheet: template, upload and preview, apply")
public class ImportResource {

    static final String CSV = "text/csv";
    /** What browsers on Windows call a .csv file. */
    static final String EXCEL_CSV = "application/vnd.ms-excel";

    @Inject
    ImportService imports;

    @Inject
    Workbooks workbooks;

    @Inject
    EditorContext editors;

    @Inject
    SecurityIdentity identity;

    @GET
    @Path("/template.xlsx")
    @Produces(Workbooks.XLSX)
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "importTemplate", summary = "The import template (.xlsx), with your records when signed in",
            description = "One sheet per kind (热线, 办事窗口, 服务场所, 办事事项, 机构, 网上渠道) with Chinese headers, a row "
                    + "stating each column's rule, and dropdowns fed from the hidden sheet 列表 (regions with codes, "
                    + "organizations, services, locations, hotline types and statuses, channel types). Without a token "
                    + "the sheets are empty; with an editor's token they hold the records of the editor's organization "
                    + "and those below it (an admin's: every record), being served, so an office edits its current list.")
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(mediaType = Workbooks.XLSX,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)))
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Response template() {
        byte[] workbook = workbooks.template(identity.isAnonymous() ? null : editors.current());
        return Response.ok(workbook, Workbooks.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"import-template.xlsx\"").build();
    }

    @POST
    @Consumes({Workbooks.XLSX, CSV, EXCEL_CSV, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "uploadImport", summary = "Upload a sheet; get its preview (nothing changes yet)",
            description = "The body is the file itself, or a browser form (multipart/form-data) with the file in "
                    + "its part 'file' (and optionally the field 'kind'): an .xlsx workbook in the template's layout (sheets by name, "
                    + "columns by header, the description row and blank rows skipped), or one kind's CSV in UTF-8 "
                    + "(with or without BOM) or GB18030/GBK — the encoding is found by decoding strictly and named in "
                    + "the answer. Every row is checked as the write API checks a record: the answer says, row by row "
                    + "(errors first), whether it would create, update (field by field), change nothing, or is wrong "
                    + "(sheet, row, column, a Chinese message and a code). An editor's rows outside their organization "
                    + "are errors. The preview is kept for directory.imports.preview-ttl (1 hour); apply it with POST "
                    + "/api/v1/imports/{id}/apply. At most 32 MiB and 50,000 rows (beyond, 413); macros (.xlsm) and the "
                    + "old .xls are 415; formulas are read as Excel saved them, never evaluated.")
    @RequestBody(required = true, content = {
        @Content(mediaType = Workbooks.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)),
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)),
        @Content(mediaType = EXCEL_CSV, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)),
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 33554432)),
        // Inline, not a component: generated clients take a form's fields as parameters, not as a model.
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
                description = "A browser form with the sheet: <input type=\"file\" name=\"file\">",
                requiredProperties = "file", properties = {
                    @SchemaProperty(name = "file", type = SchemaType.STRING, format = "binary", maxLength = 33554432,
                            description = "The .xlsx or .csv file"),
                    @SchemaProperty(name = "kind", type = SchemaType.STRING, maxLength = 40, examples = "hotline",
                            description = "For CSV: the kind of records it holds, as the query parameter kind")}))})
    @APIResponse(responseCode = "201", description = "The preview; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class),
                    examples = @ExampleObject(name = "a sheet with a wrong number", value = ImportExamples.PREVIEW)))
    @APIResponse(responseCode = "400", description = "The file cannot be read (not an .xlsx or CSV, an unknown encoding, a zip bomb)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown encoding", value = ImportExamples.UNREADABLE)))
    @APIResponse(responseCode = "413", description = "Larger than 32 MiB, or more than 50,000 rows of records",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too many rows", value = ImportExamples.TOO_MANY_ROWS)))
    @APIResponse(responseCode = "415", description = "A workbook with macros (.xlsm), an .xls, or another media type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "macros", value = ImportExamples.MACROS)))
    public Response upload(byte[] body,
            @Parameter(description = "Content type of the file: decides only whether a body that is not a zip is CSV")
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            @Parameter(description = "For CSV: the kind of records the file holds (hotline, window, location, service, "
                    + "organization, channel, or the sheet's Chinese title); by default, told from the header", example = "hotline")
            @QueryParam("kind") String kind) {
        boolean csv = type != null && !type.startsWith(Workbooks.XLSX);
        return created(imports.preview(body, csv, kind, editors.current()));
    }

    /** The same upload from a browser form; described with {@link #upload} (its request body lists the form). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response uploadForm(@Context RoutingContext context, @QueryParam("kind") String kind) {
        FormUpload form = FormUpload.of(context);
        return created(imports.preview(form.bytes(), form.csv(), kind != null ? kind : form.kind(), editors.current()));
    }

    private static Response created(PreviewView preview) {
        return Response.created(URI.create("/api/v1/imports/" + preview.id())).entity(preview).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "getImport", summary = "A preview again, with its status",
            description = "As the upload answered it; status applied once it was applied. Only the uploader and "
                    + "admins see it; 404 once expired.")
    @APIResponse(responseCode = "200", description = "The preview", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class),
            examples = @ExampleObject(name = "a sheet with a wrong number", value = ImportExamples.PREVIEW)))
    public PreviewView preview(@Parameter(description = "The preview's id", example = "5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17")
            @PathParam("id") String id) {
        return imports.find(id, editors.current());
    }

    @POST
    @Path("/{id}/apply")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "applyImport", summary = "Apply a preview: all its rows in one transaction, or none",
            description = "Creates and updates every record as the preview showed, in one transaction with the "
                    + "uploader as author in each record's history and one change-feed entry per record. With "
                    + "retireMissing=true, also retires the records the preview lists as missing. Refused with 422 while "
                    + "the preview has errors, and with 409 naming every record that changed since the preview (or when "
                    + "it was applied already): upload the file again.")
    @APIResponse(responseCode = "200", description = "What was applied", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplyView.class),
            examples = @ExampleObject(name = "applied", value = ImportExamples.APPLIED)))
    @APIResponse(responseCode = "409", description = "A record the preview touches changed since, or the preview was applied already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "changed since the preview", value = ImportExamples.CHANGED)))
    @APIResponse(responseCode = "422", description = "The preview has rows with errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "errors remain", value = ImportExamples.HAS_ERRORS)))
    public ApplyView apply(
            @Parameter(description = "The preview's id", example = "5f0c2a9e-3b7d-4c1e-9a51-0d2b8e6f4a17") @PathParam("id") String id,
            @Parameter(description = "Also retire the records the file leaves out (the preview's missing)")
            @QueryParam("retireMissing") @DefaultValue("false") boolean retireMissing) {
        return imports.apply(id, retireMissing, editors.current());
    }
}
