package cn.xuchang.directory.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
        checkOrganizations();
        checkServices();
        checkLocationsAndWindows();
        checkChannels();
        List<Map<String, Object>> hotlines = new ArrayList<>(yaml("hotlines.yaml"));
        hotlines.addAll(yaml("national-hotlines.yaml"));
        for (Map<String, Object> h : hotlines) {
            JsonPath api = get("/api/v1/hotlines/" + h.get("id"));
            if (api == null) {
                continue;
            }
            String where = "hotline " + h.get("id");
            same(where, "number digits", digits(h.get("number")), digits(api.getString("number")));
            same(where, "label", h.get("label"), api.getString("label"));
            same(where, "status", h.get("status"), api.getString("status"));
            same(where, "source", h.get("source"), api.getString("source"));
            same(where, "services", h.get("services"), api.getList("services.id"));
            same(where, "nationwide", Boolean.TRUE.equals(h.get("nationwide")), api.getBoolean("nationwide"));
            same(where, "regions", h.get("regions") == null ? List.of() : h.get("regions"), api.getList("regions.code"));
        }
        assertThat(drift).as("records in data/ that the API does not serve as written").isEmpty();
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

    private void checkOrganizations() throws IOException {
        List<Map<String, Object>> organizations = yaml("organizations.yaml");
        for (Map<String, Object> o : organizations) {
            JsonPath api = get("/api/v1/organizations/" + o.get("id"));
            if (api != null) {
                String where = "organization " + o.get("id");
                same(where, "name", o.get("name"), api.getString("name"));
                same(where, "shortName", o.get("shortName"), api.getString("shortName"));
                same(where, "region", o.get("region"), api.getString("region.code"));
                same(where, "source", o.get("source"), api.getString("source"));
            }
        }
    }

    private void checkServices() throws IOException {
        List<Map<String, Object>> services = yaml("services.yaml");
        for (Map<String, Object> s : services) {
            JsonPath api = get("/api/v1/services/" + s.get("id"));
            if (api != null) {
                String where = "service " + s.get("id");
                same(where, "name", s.get("name"), api.getString("name"));
                same(where, "aliases", s.get("aliases"), api.getList("aliases"));
                same(where, "organization", s.get("organization"), api.getString("organization.id"));
                same(where, "source", s.get("source"), api.getString("source"));
            }
        }
    }

    private void checkChannels() throws IOException {
        for (Map<String, Object> c : yaml("channels.yaml")) {
            JsonPath api = get("/api/v1/channels/" + c.get("id"));
            if (api != null) {
                String where = "channel " + c.get("id");
                for (String field : new String[] {"type", "name", "handle", "url", "description", "source"}) {
                    same(where, field, c.get(field), api.getString(field));
                }
                same(where, "organization", c.get("organization"), api.getString("organization.id"));
                same(where, "services", c.getOrDefault("services", List.of()), api.getList("services.id"));
                same(where, "regions", c.getOrDefault("regions", List.of()), api.getList("regions.code"));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void checkLocationsAndWindows() throws IOException {
        List<Map<String, Object>> locations = yaml("locations.yaml");
        for (Map<String, Object> l : locations) {
            JsonPath api = get("/api/v1/locations/" + l.get("id"));
            if (api == null) {
                continue;
            }
            String where = "location " + l.get("id");
            same(where, "name", l.get("name"), api.getString("name"));
            same(where, "address", l.get("address"), api.getString("address"));
            same(where, "region", l.get("region"), api.getString("region.code"));
            same(where, "source", l.get("source"), api.getString("source"));
            for (Map<String, Object> w : (List<Map<String, Object>>) l.getOrDefault("windows", List.of())) {
                JsonPath window = get("/api/v1/windows/" + w.get("id"));
                if (window != null) {
                    String at = "window " + w.get("id");
                    for (String field : new String[] {"label", "floor", "zone", "number", "source"}) {
                        same(at, field, w.get(field), window.getString(field));
                    }
                    same(at, "location", l.get("id"), window.getString("location.id"));
                    same(at, "services", w.get("services"), window.getList("services.id"));
                }
            }
        }
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
