package cn.xuchang.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The evaluation set of citizen queries (src/test/resources/lookup-evaluation.txt): prints the score of each
 * section; fails below 95% first-answer accuracy overall, below 90% in a section, or on any miss in a section
 * marked [must], listing every query that missed.
 */
@QuarkusTest
class LookupEvaluationTest {

    @Inject
    LookupService lookup;

    record Case(String section, String query, String region, String expected) {

        boolean must() {
            return section.endsWith("[must]");
        }
    }

    @Test
    void firstAnswerAccuracyIsAtLeast95Percent() throws IOException {
        List<Case> cases = cases();
        List<String> misses = new ArrayList<>();
        List<String> mustMisses = new ArrayList<>();
        Map<String, int[]> sections = new LinkedHashMap<>();
        for (Case c : cases) {
            LookupView view = lookup.lookup(c.query(), c.region(), 10);
            String first = view.answers().isEmpty() ? "none" : describe(view.answers().get(0));
            int[] score = sections.computeIfAbsent(c.section(), k -> new int[2]);
            score[1]++;
            if (first.equals(c.expected())) {
                score[0]++;
            } else {
                String miss = c.query() + (c.region() == null ? "" : " [" + c.region() + "]") + ": expected "
                        + c.expected() + ", got " + first;
                misses.add(miss);
                if (c.must()) {
                    mustMisses.add(miss);
                }
            }
        }
        double accuracy = 1.0 - (double) misses.size() / cases.size();
        System.out.printf("Lookup evaluation: %d queries, %d right, accuracy %.1f%%%n", cases.size(),
                cases.size() - misses.size(), accuracy * 100);
        sections.forEach((name, score) -> System.out.printf("  %5.1f%% %3d/%-3d %s%n", 100.0 * score[0] / score[1],
                score[0], score[1], name));
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(mustMisses).as("misses in sections marked [must]").isEmpty();
        sections.forEach((name, score) -> assertThat((double) score[0] / score[1]).as("accuracy of %s", name)
                .isGreaterThanOrEqualTo(0.90));
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
        String section = "";
        try (InputStream in = LookupEvaluationTest.class.getResourceAsStream("/lookup-evaluation.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) {
                    section = line.substring(3).strip();
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                String region = parts[1].strip();
                cases.add(new Case(section, parts[0].strip(), region.isEmpty() ? null : region, parts[2].strip()));
            }
        }
        return cases;
    }
}
