package cn.xuchang.directory.editing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.OwnDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Hundreds of random and malformed bodies against every write endpoint, as an admin, on a database of
 * its own: each answer is a success or a 4xx problem, never a 5xx.
 */
@QuarkusTest
@TestProfile(WriteFuzzTest.OwnDatabase.class)
class WriteFuzzTest {

    /** A database that other tests do not read, since some random bodies are valid records. */
    public static class OwnDatabase extends OwnDatabaseProfile {
    }

    private static final Object[] VALUES = {null, "", "x".repeat(3000), "😀", "\u0000", "\u001b[31m", 0, -1, 1e308, true,
        List.of(), Map.of(), List.of("a"), Map.of("a", 1), "0374-8297716", "411081", "411081204201", "active",
        "merged", "retired", "national-12345", "xuchang-hrss", "startup-guarantee-loan", "' OR 1=1 --", "<b>x</b>"};

    private static final Map<String, List<String>> FIELDS = Map.of(
            "hotlines", List.of("number", "type", "label", "description", "hours", "organization", "services",
                    "nationwide", "regions", "status", "mergedInto", "statusNote", "source"),
            "organizations", List.of("name", "shortName", "parent", "region", "description", "source"),
            "services", List.of("name", "aliases", "description", "organization", "source"),
            "locations", List.of("name", "address", "region", "organization", "source"),
            "windows", List.of("location", "label", "floor", "zone", "number", "organization", "services", "source"));

    private static final Map<String, String> IDS = Map.of("hotlines", "startup-loan-yuzhou", "organizations",
            "xuchang-hrss", "services", "startup-guarantee-loan", "locations", "xuchang-citizen-centre", "windows",
            "citizen-centre-b118-startup-loan");

    @Test
    void noBodyMakesAWriteFailWithA5xx() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(2026);
        String admin = Tokens.admin();
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : FIELDS.entrySet()) {
            List<String> bodies = new ArrayList<>(Arrays.asList("{", "[1,2]", "\"text\"", "12", "null", "{\"a\":"));
            for (int i = 0; i < 40; i++) {
                Map<String, Object> body = new HashMap<>();
                for (String field : kind.getValue()) {
                    if (random.nextBoolean()) {
                        body.put(field, VALUES[random.nextInt(VALUES.length)]);
                    }
                }
                bodies.add(json.writeValueAsString(body));
            }
            String one = "/api/v1/" + kind.getKey() + "/" + IDS.get(kind.getKey());
            for (String body : bodies) {
                check(failures, "POST /api/v1/" + kind.getKey(), given().auth().oauth2(admin).contentType("application/json")
                        .body(body).when().post("/api/v1/" + kind.getKey()).statusCode(), body);
                // The current version each time, so that each body reaches the checks behind If-Match.
                check(failures, "PATCH " + one, given().auth().oauth2(admin).header("If-Match", etag(one))
                        .contentType("application/merge-patch+json").body(body).when().patch(one).statusCode(), body);
                check(failures, "PUT " + one, given().auth().oauth2(admin).header("If-Match", etag(one))
                        .contentType("application/json").body(body).when().put(one).statusCode(), body);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static String etag(String record) {
        return given().when().get(record).then().extract().header("ETag");
    }

    private static void check(List<String> failures, String request, int status, String body) {
        if (status >= 500) {
            failures.add(request + " → " + status + " for " + body.substring(0, Math.min(120, body.length())));
        }
    }
}
