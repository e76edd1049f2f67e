package cn.xuchang.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.caching.AnswerCache;
import cn.xuchang.directory.snapshot.DirectoryCache;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A lookup's JSON with the answer shared by the phrasings of one question is, byte for byte, the answer written
 * whole: on the 10,000 recorded long-tail queries (each asked three times, so that shared answers are kept and
 * served), and on numbers, places outside the area, a pinned region, a place alone and queries that match nothing.
 */
@QuarkusTest
class LookupJsonTest {

    @Inject
    LookupService lookup;

    @Inject
    DirectoryCache directory;

    @Inject
    ObjectMapper json;

    @Test
    void sharedAnswersAreWrittenAsTheWholeAnswerWouldBe() throws IOException {
        List<String[]> asked = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/lookup-long-tail.tsv"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    asked.add(new String[] {line.split("\t")[0], null});
                }
            }
        }
        for (String q : List.of("0374-8297716", "12345", "洛阳 创业贷款", "襄阳襄城区创业贷款", "禹州", "我在禹州",
                "市长信箱", "靈井鎮 創業貸款", "cydk yuzhou", "startup loan Yuzhou", "许昌县创业贷款", "zzzz", "\"引号\"\\")) {
            asked.add(new String[] {q, null});
            asked.add(new String[] {q, "411081"});
        }
        AnswerCache<Object> shared = new AnswerCache<>(10_000, json);
        DirectoryCache.Served served = directory.served();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (int round = 0; round < 3; round++) {
            for (String[] query : asked) {
                long minute = lookup.minute();
                byte[] viaShared = lookup.lookupJson(served, shared, query[0], query[1], 10, minute);
                byte[] whole = LookupJson.write(json, lookup.lookup(served, query[0], query[1], 10));
                if (lookup.minute() != minute) {
                    continue; // the open state may have changed in between
                }
                compared++;
                if (!Arrays.equals(viaShared, whole) && differences.size() < 5) {
                    differences.add(query[0] + "\n  shared: " + new String(viaShared, StandardCharsets.UTF_8)
                            + "\n  whole:  " + new String(whole, StandardCharsets.UTF_8));
                }
            }
        }
        assertThat(compared).isGreaterThan(29_000);
        assertThat(differences).isEmpty();
    }

    @Test
    void theQueryIsPutInFrontOfTheRestAndWrittenAsJackson() {
        byte[] rest = "{\"answers\":[]}".getBytes(StandardCharsets.UTF_8);
        assertThat(new String(LookupJson.withQuery(json, "禹州 \"x\"\n", rest), StandardCharsets.UTF_8))
                .isEqualTo("{\"query\":\"禹州 \\\"x\\\"\\n\",\"answers\":[]}");
        assertThat(new String(LookupJson.withQuery(json, "q", "{}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("{\"query\":\"q\"}");
    }
}
