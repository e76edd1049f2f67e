package cn.xuchang.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The long tail kept: 10,000 citizen queries (place × service word × phrasing, bench/long-tail-queries.py) answered
 * as lookup answered them when they were recorded (src/test/resources/lookup-long-tail.tsv, by
 * bench/long-tail-answers.py before lookup was made faster): the same place and the same answers in the same order.
 */
@QuarkusTest
class LookupLongTailTest {

    @Inject
    LookupService lookup;

    @Test
    void everyRecordedQueryGetsTheSameAnswersInTheSameOrder() throws IOException {
        List<String> differences = new ArrayList<>();
        int checked = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/lookup-long-tail.tsv"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] recorded = line.split("\t");
                LookupView view = lookup.lookup(recorded[0], null, 10);
                String answered = recorded[0] + "\t" + place(view) + "\t" + answers(view);
                if (!answered.equals(line)) {
                    differences.add("recorded: " + line + "\n  now:      " + answered);
                }
                checked++;
            }
        }
        System.out.printf("Lookup long tail: %d recorded queries checked, %d answered differently%n", checked,
                differences.size());
        assertThat(checked).isEqualTo(10_000);
        assertThat(differences).as("queries answered differently from the recording").isEmpty();
    }

    private static String place(LookupView view) {
        if (view.outsideArea() != null) {
            return "outside:" + view.outsideArea().text();
        }
        return view.place() == null ? "-" : view.place().region().code();
    }

    private static String answers(LookupView view) {
        String keys = view.answers().stream().map(a -> a.kind() + ":" + a.id()).collect(Collectors.joining(","));
        return keys.isEmpty() ? "-" : keys;
    }
}
