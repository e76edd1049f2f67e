package cn.xuchang.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The evaluation set of citizen queries (src/test/resources/lookup-evaluation.txt): fails below 95%
 * first-answer accuracy, listing every query that missed.
 */
@QuarkusTest
class LookupEvaluationTest {

    @Inject
    LookupService lookup;

    record Case(String query, String region, String expected) {
    }

    @Test
    void firstAnswerAccuracyIsAtLeast95Percent() throws IOException {
        List<Case> cases = cases();
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            LookupView view = lookup.lookup(c.query(), c.region(), 10);
            String first = view.answers().isEmpty() ? "none" : describe(view.answers().get(0));
            if (!first.equals(c.expected())) {
                misses.add(c.query() + (c.region() == null ? "" : " [" + c.region() + "]") + ": expected "
                        + c.expected() + ", got " + first);
            }
        }
        double accuracy = 1.0 - (double) misses.size() / cases.size();
        System.out.printf("Lookup evaluation: %d queries, %d right, accuracy %.1f%%%n", cases.size(),
                cases.size() - misses.size(), accuracy * 100);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        assertThat(accuracy).as("first-answer accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    static String describe(LookupAnswer answer) {
        return switch (answer.kind()) {
            case "hotline" -> answer.number();
            case "window" -> "window:" + answer.place();
            case "organization" -> "org:" + answer.organization().id();
            case "channel" -> "channel:" + answer.id();
            default -> answer.kind() + ":" + (answer.service() == null ? "" : answer.service().id());
        };
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = LookupEvaluationTest.class.getResourceAsStream("/lookup-evaluation.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String region = parts[1].strip();
                cases.add(new Case(parts[0].strip(), region.isEmpty() ? null : region, parts[2].strip()));
            }
        }
        return cases;
    }
}
