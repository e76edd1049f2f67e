package cn.xuchang.directory.common;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The OpenAPI filter the service registers ({@code mp.openapi.filter} takes a single class): completes what the
 * annotations generate with the parts written once for all operations. The words of each kind's write operations
 * are filled in before, at build ({@code editing/RecordWriteOperations}, which needs the code index).
 */
public class OpenApiFilters implements OASFilter {

    private final List<OASFilter> steps = List.of(new RecordIdParameters(), new SharedResponses(),
            new RateLimitResponses(), new ContractLimits(), new OpenApiExamples(), new ClientContract(), new ResponseHeaders());

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        steps.forEach(step -> step.filterOpenAPI(openAPI));
    }
}
