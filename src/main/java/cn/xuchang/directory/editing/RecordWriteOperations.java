package cn.xuchang.directory.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * 修改接口说明 (record operations, described): fills the placeholders of {@link RecordWriteResource} and
 * {@link RecordResource} with each kind's words from its {@link RecordWrites} and {@link RecordReads}, and its
 * schemas: {View} is what the kind's GET /{id} answers, {Request} what its PUT takes. Runs at build, the one stage
 * that hands a filter the code index, which says which resource writes which kind.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RecordWriteOperations implements OASFilter {

    /** One kind's resource: its path and the words from its {@link RecordWrites} and {@link RecordReads}. */
    private record Writer(String path, String kind, String term, Map<String, String> reads,
            Map<String, AnnotationInstance> filters) {
    }

    private final List<Writer> writers = new ArrayList<>();

    public RecordWriteOperations(IndexView index) {
        for (AnnotationInstance writes : index.getAnnotations(DotName.createSimple(RecordWrites.class))) {
            ClassInfo resource = writes.target().asClass();
            AnnotationInstance path = resource.declaredAnnotation(DotName.createSimple(Path.class));
            AnnotationInstance reads = resource.declaredAnnotation(DotName.createSimple(RecordReads.class));
            if (reads == null) {
                throw new IllegalStateException(resource.name() + " writes a kind; name the words of its GET /{id}"
                        + " with @RecordReads");
            }
            writers.add(new Writer(path.value().asString(), writes.value("kind").asString(),
                    writes.value("term").asString(), Map.of(
                            "{one}", reads.value("summary").asString(),
                            "{oneDescription}", reads.value("description").asString(),
                            "{idExample}", reads.value("example").asString()), filters(resource)));
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Map<String, PathItem> items = openAPI.getPaths().getPathItems();
        for (Writer writer : writers) {
            PathItem record = items.get(writer.path() + "/{id}");
            String view = refOf(record.getGET().getResponses().getAPIResponse("200").getContent());
            String request = refOf(record.getPUT().getRequestBody().getContent());
            completeList(items.get(writer.path()).getGET(), writer);
            items.forEach((path, item) -> {
                if (path.equals(writer.path()) || path.startsWith(writer.path() + "/")) {
                    item.getOperations().values().forEach(operation -> fill(operation, writer, view, request));
                    inScannerOrder(item);
                }
            });
        }
        items.forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            if (operation.getOperationId() != null && operation.getOperationId().contains("{")) {
                throw new IllegalStateException(path + ": " + operation.getOperationId()
                        + " has no kind; name it with @RecordWrites on its resource");
            }
        }));
    }

    private static void fill(Operation operation, Writer writer, String view, String request) {
        operation.setOperationId(words(operation.getOperationId(), writer));
        operation.setSummary(words(operation.getSummary(), writer));
        operation.setDescription(words(operation.getDescription(), writer));
        if (operation.getRequestBody() != null) {
            schemas(operation.getRequestBody().getContent(), "{Request}", request);
        }
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> {
                parameter.setDescription(words(parameter.getDescription(), writer));
                if (parameter.getExample() instanceof String example) {
                    parameter.setExample(words(example, writer));
                }
            });
        }
        operation.getResponses().getAPIResponses().values().forEach(response -> {
            response.setDescription(words(response.getDescription(), writer));
            schemas(response.getContent(), "{View}", view);
        });
    }

    private static String words(String text, Writer writer) {
        if (text == null) {
            return null;
        }
        String kind = writer.kind();
        String filled = writer.reads().getOrDefault(text, text);
        return filled.replace("{kind}", kind).replace("{term}", writer.term())
                .replace("{Kind}", kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1));
    }

    /**
     * A kind's list (GET on its path, declared by its resource with its own filters) answers one page of the kind,
     * 400 for a malformed parameter, and 404 for a filter that names a record which does not exist.
     */
    private static void completeList(Operation list, Writer writer) {
        filterWords(list, writer);
        APIResponses responses = list.getResponses();
        responses.getAPIResponse("200").setDescription(words("One page of {kind}s", writer));
        responses.addAPIResponse("400", OASFactory.createAPIResponse().ref("#/components/responses/BadRequest"));
        responses.addAPIResponse("404", OASFactory.createAPIResponse().ref("#/components/responses/NotFound"));
    }

    /** The words of each shared filter the resource's list takes, by parameter name, from its {@link ListFilters}. */
    private static Map<String, AnnotationInstance> filters(ClassInfo resource) {
        Map<String, AnnotationInstance> filters = new java.util.HashMap<>();
        resource.methods().stream().map(method -> method.annotation(DotName.createSimple(ListFilters.class)))
                .filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(takes -> takes.values().forEach(words -> filters.put(words.name(), words.asNested())));
        return filters;
    }

    /**
     * Gives the shared filters of {@link ListQuery} a list takes their words and drops the others: their own
     * descriptions are placeholders, {organization} and so on.
     */
    private static void filterWords(Operation list, Writer writer) {
        List<Parameter> parameters = new ArrayList<>(list.getParameters());
        parameters.removeIf(parameter -> {
            if (!("{" + parameter.getName() + "}").equals(parameter.getDescription())) {
                return false;
            }
            AnnotationInstance words = writer.filters().get(parameter.getName());
            if (words == null || words.value() == null) {
                return true;
            }
            parameter.setDescription(words.value().asString());
            parameter.setExample(words.value("example").asString());
            return false;
        });
        list.setParameters(parameters);
    }

    private static void schemas(Content content, String placeholder, String ref) {
        if (content == null) {
            return;
        }
        content.getMediaTypes().values().stream().map(MediaType::getSchema)
                .filter(schema -> schema != null && schema.getRef() != null && schema.getRef().endsWith(placeholder))
                .forEach(schema -> schema.setRef(ref));
    }

    private static String refOf(Content content) {
        return content.getMediaTypes().values().iterator().next().getSchema().getRef();
    }

    /**
     * Lists a path's operations as the scanner did while each resource declared its own writes: by Java method
     * name, last first — the order the committed description has, which the operation ids (method name + kind)
     * still give. Inherited methods would otherwise come before the resource's own, moving POST above GET.
     */
    private static void inScannerOrder(PathItem item) {
        Map<HttpMethod, Operation> operations = item.getOperations();
        operations.keySet().forEach(method -> item.setOperation(method, null));
        operations.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<HttpMethod, Operation> e) -> e.getValue().getOperationId())
                        .reversed())
                .forEach(e -> item.setOperation(e.getKey(), e.getValue()));
    }
}
