package cn.xuchang.directory.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * 记录编号 (record id): a record's {@code {id}} is documented once, on the GET of that record; every other
 * operation under its path (changes, history) shows that same parameter, "Hotline id" with a hotline's id.
 */
class RecordIdParameters implements OASFilter {

    private static final String ID = "/{id}";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, PathItem> items = openAPI.getPaths().getPathItems();
        items.forEach((path, item) -> {
            int at = path.indexOf(ID);
            PathItem record = at < 0 ? null : items.get(path.substring(0, at + ID.length()));
            Parameter documented = record == null || record.getGET() == null ? null : id(record.getGET());
            if (documented != null) {
                item.getOperations().values().forEach(operation -> use(documented, operation));
            }
        });
    }

    private static void use(Parameter documented, Operation operation) {
        Parameter own = id(operation);
        if (own == null || own == documented) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>(operation.getParameters());
        parameters.set(parameters.indexOf(own), documented);
        operation.setParameters(parameters);
    }

    private static Parameter id(Operation operation) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(parameter -> parameter.getIn() == Parameter.In.PATH && "id".equals(parameter.getName()))
                .findFirst().orElse(null);
    }
}
