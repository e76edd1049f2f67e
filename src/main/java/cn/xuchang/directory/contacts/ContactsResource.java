package cn.xuchang.directory.contacts;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.resolve.DeskResolver;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/** HTTP API giving the directory in the formats people's tools open: a spreadsheet of hotlines, phone contacts. */
@Path("/api/v1/contacts")
@Tag(name = "Contacts", description = "The hotlines as CSV for spreadsheets; a place's desks as vCard for phones")
public class ContactsResource {

    static final String CSV = "text/csv; charset=utf-8";
    static final String VCARD = "text/vcard; charset=utf-8";

    private static final String CSV_EXAMPLE = "\uFEFFid,number,e164,label,type,organization,services,nationwide,"
            + "region_codes,region_names,status,hours,source,last_verified\n"
            + "startup-loan-yuzhou,0374-8297716,+863748297716,创业担保贷款服务电话（禹州市）,consultation,"
            + "许昌市人力资源和社会保障局,创业担保贷款,no,411081,禹州市,active,,\"许昌日报 2023年11月 版面\",\n";

    private static final String VCARD_EXAMPLE = """
            BEGIN:VCARD
            VERSION:3.0
            FN:创业担保贷款服务电话（禹州市）
            ORG:许昌市人力资源和社会保障局
            TEL;TYPE=work,voice:+863748297716
            NOTE:受理：创业担保贷款\\n来源：许昌日报 2023年11月，广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」
            UID:urn:xuchang-directory:hotline:startup-loan-yuzhou
            END:VCARD
            """;

    @Inject
    DirectoryCache directory;

    @Inject
    RegionService regions;

    @Inject
    DeskResolver resolver;

    @GET
    @Path("/hotlines.csv")
    @Produces(CSV)
    @Operation(operationId = "hotlinesCsv", summary = "Every hotline as a CSV spreadsheet",
            description = "One row per hotline being served, with its services, region codes and names, status, "
                    + "hours and source; UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens it.")
    @APIResponse(responseCode = "200", description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "first rows", value = CSV_EXAMPLE)))
    public Response hotlinesCsv() {
        return Response.ok(HotlinesCsv.of(directory.current()), CSV)
                .header("Content-Disposition", "attachment; filename=\"hotlines.csv\"").build();
    }

    @GET
    @Path("/{region}.vcf")
    @Produces(VCARD)
    @Operation(operationId = "regionContacts", summary = "The desks that serve a place, as phone contacts",
            description = "One vCard 3.0 per desk a citizen of the place calls: for each service the desk resolve "
                    + "gives (the county's when the township has none), then the national numbers. Phones import "
                    + "the file into their contacts.")
    @APIResponse(responseCode = "200", description = "The contacts",
            content = @Content(mediaType = "text/vcard", schema = @Schema(type = SchemaType.STRING, format = "binary"),
                    examples = @ExampleObject(name = "磨街乡 (first card)", value = VCARD_EXAMPLE)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response regionContacts(
            @Parameter(description = "Code of the place: 6, 9 or 12 digits", example = "411081204")
            @PathParam("region") String region) {
        DirectorySnapshot snapshot = directory.current();
        RegionView place = regions.require(snapshot.regions(), region, "region");
        return Response.ok(RegionContacts.of(snapshot, place, resolver), VCARD)
                .header("Content-Disposition", "attachment; filename=\"" + place.code() + ".vcf\"").build();
    }
}
