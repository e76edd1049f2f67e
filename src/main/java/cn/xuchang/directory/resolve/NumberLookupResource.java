package cn.xuchang.directory.resolve;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.smallrye.common.annotation.NonBlocking;

/** HTTP API for reverse lookup: is this an official number, and whose? */
@Path("/api/v1/numbers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Numbers")
public class NumberLookupResource {

    @Inject
    PhoneNumbers phones;

    @Inject
    DirectoryCache directory;

    @GET
    @NonBlocking
    @Path("/{number}")
    @Operation(operationId = "lookupNumber", summary = "Check whether a number is an official one, and whose",
            description = "Accepts every common writing: 0374-8297716, 03748297716, +86 374 829 7716, full-width "
                    + "digits, a bare local number (area code 0374 assumed) and short numbers such as 12345. "
                    + "A valid number that is not in the directory answers `listed: false`.")
    @APIResponse(responseCode = "200", description = "What the directory knows of the number")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public NumberLookupView lookup(
            @Parameter(description = "The number in any common writing", example = "0374-8297716")
            @PathParam("number") String number) {
        DialNumber parsed = phones.parse(number).orElseThrow(() -> ApiException.invalid("number",
                "'" + number + "' is not a Chinese phone number or short number"));
        return NumberLookupView.of(number, parsed, directory.current().withNumber(parsed.key()));
    }
}
