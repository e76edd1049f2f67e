package cn.xuchang.directory.common;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * 客户端契约 (client contract): what a generated client needs beyond the annotations — a complete
 * {@code info.license} (openapi-generator's spec validation requires its SPDX identifier), and named arguments
 * where two required parameters could be swapped by a positional call ({@code resolve(service, region)}).
 */
class ClientContract implements OASFilter {

    /**
     * SPDX's form for terms not on its list: the code is the city's, and each record's data keeps its source's own
     * terms (data/README.md, {@code directory.terms} in /api/v1/status).
     */
    static final String LICENSE_IDENTIFIER = "LicenseRef-Xuchang-Directory-Terms";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getInfo() != null) {
            if (openAPI.getInfo().getLicense() == null) {
                openAPI.getInfo().setLicense(OASFactory.createLicense()
                        .name("Code: see repository; data: see data/README.md"));
            }
            openAPI.getInfo().getLicense().setIdentifier(LICENSE_IDENTIFIER);
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(ClientContract::groupParameters));
        }
    }

    /** openapi-generator's x-group-parameters: a request object with one named setter per parameter. */
    private static void groupParameters(Operation operation) {
        long required = operation.getParameters() == null ? 0 : operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.QUERY && Boolean.TRUE.equals(parameter.getRequired()))
                .count();
        if (required >= 2) {
            operation.addExtension("x-group-parameters", true);
        }
    }
}
