package cn.xuchang.directory.importer;

import java.util.HashMap;
import cn.xuchang.directory.record.DataFiles;
import cn.xuchang.directory.record.DataProblem;
import cn.xuchang.directory.record.Located;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

import cn.xuchang.directory.common.ApiException;

/** Reads the files of data/ into records; a record that cannot be read becomes a problem naming its field. */
final class DataFileReader implements DataFiles {

    private static final ObjectMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
                    .loaderOptions(largeFiles()).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .findAndAddModules()
            .build();
    private static final CsvMapper CSV = new CsvMapper();

    private final Path dir;
    private final List<DataProblem> problems;
    /** A file read once per type: a location file gives both the locations and their windows. */
    private final Map<String, List<?>> read = new HashMap<>();

    DataFileReader(Path dir, List<DataProblem> problems) {
        this.dir = dir;
        this.problems = problems;
    }

    /** Each entry of a YAML file whose top level is a list of records, read one record at a time. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> List<Located<T>> yaml(String file, Class<T> type) {
        return (List<Located<T>>) read.computeIfAbsent(file + " " + type.getName(), k -> readYaml(file, type));
    }

    private <T> List<Located<T>> readYaml(String file, Class<T> type) {
        Path path = dir.resolve(file);
        List<Located<T>> records = new ArrayList<>();
        try (JsonParser parser = YAML.getFactory().createParser(path.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null || first == JsonToken.VALUE_NULL) {
                return records;
            }
            if (first != JsonToken.START_ARRAY) {
                problems.add(new DataProblem(file, "file", null, "the top level must be a list of records"));
                return records;
            }
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                JsonNode node = YAML.readTree(parser);
                String where = "record " + (++index) + idOf(node);
                try {
                    records.add(new Located<>(file, where, YAML.treeToValue(node, type)));
                } catch (IOException e) {
                    problems.add(new DataProblem(file, where, fieldOf(e), reason(e)));
                }
            }
        } catch (IOException e) {
            problems.add(new DataProblem(file, "file", null, unreadable(path, e)));
        }
        return records;
    }

    /** data/ files may be large (a nationwide directory): lift SnakeYAML's default 3 MB limit. */
    private static LoaderOptions largeFiles() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    /** Each row of a CSV file with a header line. */
    <T> List<Located<T>> csv(String file, Class<T> type, String key) {
        Path path = dir.resolve(file);
        List<Located<T>> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(path.toFile())) {
            int line = 1;
            while (rows.hasNextValue()) {
                line++;
                Map<String, String> row = rows.nextValue();
                row.replaceAll((k, v) -> v == null || v.isBlank() ? null : v.strip());
                String where = "line " + line + (row.get(key) == null ? "" : " (" + key + " " + row.get(key) + ")");
                try {
                    records.add(new Located<>(file, where, YAML.convertValue(row, type)));
                } catch (IllegalArgumentException e) {
                    Throwable cause = e.getCause() instanceof IOException io ? io : e;
                    problems.add(new DataProblem(file, where, fieldOf(cause), reason(cause)));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new DataProblem(file, "file", null, unreadable(path, e)));
        }
        return records;
    }

    private static String idOf(JsonNode node) {
        for (String key : new String[] {"id", "code"}) {
            JsonNode value = node == null ? null : node.get(key);
            if (value != null && value.isValueNode()) {
                return " (" + key + " " + value.asText() + ")";
            }
        }
        return "";
    }

    private static String unreadable(Path path, Exception e) {
        if (!Files.exists(path)) {
            return "file is missing";
        }
        return "file cannot be read: " + firstLine(e.getMessage());
    }

    private static String fieldOf(Throwable e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return u.getPropertyName();
        }
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            return ApiException.jsonPath(m);
        }
        return null;
    }

    private static String reason(Throwable e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field; known fields are " + u.getKnownPropertyIds();
        }
        if (e instanceof JsonMappingException m) {
            return "wrong type or value: " + firstLine(m.getOriginalMessage());
        }
        return firstLine(e.getMessage());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }
}
