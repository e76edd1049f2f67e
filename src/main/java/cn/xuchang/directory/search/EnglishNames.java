package cn.xuchang.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import cn.xuchang.directory.common.Limits;

/**
 * 英文名称 (English names) of services, offices and online channels, read from data/english-names.yaml: the official
 * English name where one exists, else a translation marked as such, each with its source.
 */
final class EnglishNames {

    static final String FILE = "english-names.yaml";

    /** One entry of english-names.yaml. */
    record Row(String kind, String id, String name, List<String> aliases, boolean translation, String source) {

        List<String> names() {
            return aliases == null ? List.of(name) : Stream.concat(Stream.of(name), aliases.stream()).toList();
        }
    }

    private final Map<String, Row> byRecord = new HashMap<>();

    EnglishNames(List<Row> rows) {
        for (Row row : rows) {
            if (row.kind() == null || row.id() == null || isBlank(row.name()) || isBlank(row.source())) {
                throw new IllegalStateException(FILE + ": every entry needs kind, id, name and source; "
                        + row.kind() + " " + row.id() + " lacks one");
            }
            if (row.name().length() > Limits.NAME || row.source().length() > Limits.SOURCE
                    || row.aliases() != null && row.aliases().stream().anyMatch(a -> a.length() > Limits.NAME)) {
                throw new IllegalStateException(FILE + ": " + row.kind() + " " + row.id() + ": a name longer than "
                        + Limits.NAME + " characters or a source longer than " + Limits.SOURCE);
            }
            byRecord.put(row.kind() + ":" + row.id(), row);
        }
    }

    /** The entries of data/english-names.yaml; none when the data folder has no such file. */
    static EnglishNames read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new EnglishNames(List.of());
        }
        YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        try {
            return new EnglishNames(List.of(yaml.readValue(file.toFile(), Row[].class)));
        } catch (IOException e) {
            throw new UncheckedIOException(FILE + ": " + e.getMessage(), e);
        }
    }

    /** The English name of a record ({@code service}, {@code organization}, {@code channel}), or null. */
    Row of(String kind, String id) {
        return byRecord.get(kind + ":" + id);
    }

    Iterable<Row> rows() {
        return byRecord.values();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
