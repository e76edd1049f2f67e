package cn.xuchang.directory.hsds;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HSDS 抽样校验 (HSDS sample check), run by bench/hsds-sample-check.sh against a service holding the synthetic
 * nationwide directory: a random sample of services, organizations and services at locations, each list item and
 * each full object checked against Open Referral's schemas. Prints what it checked; exits 1 on any problem.
 * Arguments: base URL, sample size, API key (sent as X-API-Key, for the read rate limit).
 */
public final class HsdsSampleCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private HsdsSampleCheck() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int sample = Integer.parseInt(args[1]);
        String key = args.length > 2 ? args[2] : "";
        Random random = new Random(2026);
        int problems = 0;
        problems += check(base, key, "services", sample, random, HsdsSchemas.SERVICE_LIST, HsdsSchemas.SERVICE);
        problems += check(base, key, "organizations", sample / 10, random, HsdsSchemas.ORGANIZATION_LIST,
                HsdsSchemas.ORGANIZATION);
        problems += check(base, key, "service_at_locations", sample / 10, random,
                HsdsSchemas.SERVICE_AT_LOCATION_LIST, HsdsSchemas.SERVICE_AT_LOCATION);
        System.out.println(problems == 0 ? "HSDS sample: every object valid" : "HSDS sample: " + problems + " problems");
        System.exit(problems == 0 ? 0 : 1);
    }

    private static int check(String base, String key, String kind, int sample, Random random,
            com.networknt.schema.Schema listSchema, com.networknt.schema.Schema itemSchema) throws Exception {
        int perPage = 1000;
        JsonNode first = JSON.readTree(get(base + "/api/v1/hsds/" + kind + "?per_page=1", key));
        int total = first.get("total_items").asInt();
        List<String> ids = new ArrayList<>();
        int problems = 0;
        long started = System.nanoTime();
        for (int page = 0; ids.size() < Math.min(sample, total); page++) {
            int number = 1 + random.nextInt(Math.max(1, (total + perPage - 1) / perPage));
            JsonNode contents = JSON.readTree(get(base + "/api/v1/hsds/" + kind + "?per_page=" + perPage + "&page="
                    + number, key)).get("contents");
            for (JsonNode item : contents) {
                if (random.nextInt(Math.max(1, total / Math.max(1, sample))) == 0 && ids.size() < sample) {
                    problems += report(kind + " list item", HsdsSchemas.problems(listSchema, item.toString()));
                    ids.add(item.get("id").asText());
                }
            }
            if (page > 10 * sample) {
                break;
            }
        }
        for (String id : ids) {
            problems += report(kind + "/" + id, HsdsSchemas.problems(itemSchema, get(base + "/api/v1/hsds/" + kind + "/"
                    + id, key)));
        }
        System.out.printf("HSDS %s: %d of %d checked (list item and full object) in %.1f s, %d problems%n", kind,
                ids.size(), total, (System.nanoTime() - started) / 1e9, problems);
        return problems;
    }

    private static int report(String what, List<String> problems) {
        problems.stream().limit(3).forEach(p -> System.out.println("  " + what + ": " + p));
        return problems.size();
    }

    private static String get(String url, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (!key.isEmpty()) {
            request.header("X-API-Key", key);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
