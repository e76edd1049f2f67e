package cn.xuchang.directory.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import cn.xuchang.directory.region.RegionCode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Drift test between data/ and the API: every record in data/ is served with the values the file gives
 * (records editors add through the API come on top). Reads the files on its own, not through the loader
 * it checks.
 */
@QuarkusTest
class DataServedTest {

    private static final Path DATA = Path.of("data");
    private final List<String> drift = new ArrayList<>();

    @Test
    void everyRecordInDataIsServed() throws IOException {
        checkRegions();
        check("organizations", yaml("organizations.yaml"), "name", "shortName", "region=region.code", "source");
        check("services", yaml("services.yaml"), "name", "aliases", "organization=organization.id", "source");
        List<Map<String, Object>> locations = yaml("locations.yaml");
        check("locations", locations, "name", "address", "region=region.code", "source");
        check("windows", windows(locations), "label", "floor", "zone", "number", "source", "location=location.id",
                "services=services.id");
        check("channels", yaml("channels.yaml"), "type", "name", "handle", "url", "description", "source",
                "organization=organization.id", "services=services.id", "regions=regions.code");
        List<Map<String, Object>> hotlines = new ArrayList<>(yaml("hotlines.yaml"));
        hotlines.addAll(yaml("national-hotlines.yaml"));
        check("hotlines", hotlines, "label", "status", "source", "services=services.id", "regions=regions.code")
                .forEach((h, api) -> {
                    String where = "hotlines/" + h.get("id");
                    same(where, "number digits", digits(h.get("number")), digits(api.getString("number")));
                    same(where, "nationwide", Boolean.TRUE.equals(h.get("nationwide")), api.getBoolean("nationwide"));
                });
        assertThat(drift).as("records in data/ that the API does not serve as written").isEmpty();
    }

    /**
     * Compares the named fields of each entry with what /api/v1/{list}/{id} serves: {@code field} where the API
     * names it as the file does, {@code field=path} where it shows a reference by a path; an absent list is empty.
     * Answers the entries the API served, for checks of their own.
     */
    private Map<Map<String, Object>, JsonPath> check(String list, List<Map<String, Object>> entries,
            String... fields) {
        Map<Map<String, Object>, JsonPath> served = new LinkedHashMap<>();
        for (Map<String, Object> entry : entries) {
            JsonPath api = get("/api/v1/" + list + "/" + entry.get("id"));
            if (api != null) {
                for (String field : fields) {
                    String[] names = field.split("=");
                    same(list + "/" + entry.get("id"), names[0], orEmpty(entry.get(names[0])),
                            orEmpty(api.get(names[names.length - 1])));
                }
                served.put(entry, api);
            }
        }
        return served;
    }

    private void checkRegions() throws IOException {
        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(DATA.resolve("regions.csv").toFile())) {
            while (rows.hasNextValue()) {
                Map<String, String> row = rows.nextValue();
                String code = RegionCode.normalize(row.get("code")).orElse(row.get("code"));
                JsonPath api = get("/api/v1/regions/" + code);
                if (api != null) {
                    same("region " + code, "name", row.get("name"), api.getString("region.name"));
                    same("region " + code, "source starts with", true,
                            api.getString("region.source").startsWith(row.get("source")));
                }
            }
        }
    }

    /** The windows nested in data/locations.yaml, each naming the location it is in. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> windows(List<Map<String, Object>> locations) {
        List<Map<String, Object>> windows = new ArrayList<>();
        for (Map<String, Object> l : locations) {
            for (Map<String, Object> w : (List<Map<String, Object>>) l.getOrDefault("windows", List.of())) {
                Map<String, Object> window = new LinkedHashMap<>(w);
                window.put("location", l.get("id"));
                windows.add(window);
            }
        }
        return windows;
    }

    private static Object orEmpty(Object value) {
        return value == null ? List.of() : value;
    }

    private JsonPath get(String path) {
        var response = given().when().get(path).then().extract();
        if (response.statusCode() != 200) {
            drift.add(path + " answered " + response.statusCode());
            return null;
        }
        return response.jsonPath();
    }

    private void same(String where, String field, Object inFile, Object served) {
        if (!Objects.equals(inFile, served)) {
            drift.add(where + ", " + field + ": data/ has " + inFile + ", API serves " + served);
        }
    }

    private static String digits(Object number) {
        return String.valueOf(number).replaceAll("\\D", "");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> yaml(String file) throws IOException {
        return new YAMLMapper().readValue(DATA.resolve(file).toFile(), List.class);
    }
}
