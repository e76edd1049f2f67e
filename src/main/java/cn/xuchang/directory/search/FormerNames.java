package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * 曾用名 (former names) of places that citizens still use (许昌县 for 建安区), read from data/former-names.csv,
 * each row with the approving document and a news page that reports the change.
 */
final class FormerNames {

    static final String FILE = "former-names.csv";

    /** One row of former-names.csv. */
    record Row(@JsonProperty("former_name") String formerName, @JsonProperty("current_code") String currentCode,
            @JsonProperty("current_name") String currentName, LocalDate changed, String authority,
            @JsonProperty("source_url") String sourceUrl, @JsonProperty("source_title") String sourceTitle,
            @JsonProperty("source_date") LocalDate sourceDate) {
    }

    private final Map<String, Row> byName = new HashMap<>();

    FormerNames(List<Row> rows) {
        rows.forEach(row -> byName.put(QueryText.normalize(row.formerName()), row));
    }

    /** The rows of data/former-names.csv; none when the data folder has no such file. */
    static FormerNames read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new FormerNames(List.of());
        }
        CsvMapper csv = new CsvMapper();
        csv.registerModule(new JavaTimeModule());
        try (MappingIterator<Row> rows = csv.readerFor(Row.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(file.toFile())) {
            return new FormerNames(rows.readAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row whose former name is this text, or null. */
    Row of(String text) {
        return byName.get(text);
    }

    Iterable<Row> rows() {
        return byName.values();
    }
}
