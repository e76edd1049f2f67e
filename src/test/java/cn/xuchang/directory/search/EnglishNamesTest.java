package cn.xuchang.directory.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** data/english-names.yaml: every entry names a record of data/, and has a name and a source. */
class EnglishNamesTest {

    private static final Path DATA = Path.of("data");
    private static final Map<String, String> FILES = Map.of("service", "services.yaml",
            "organization", "organizations.yaml", "channel", "channels.yaml");

    @Test
    void everyEntryNamesARecordOfData() throws IOException {
        Set<String> records = new HashSet<>();
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            for (JsonNode record : new YAMLMapper().readTree(DATA.resolve(file.getValue()).toFile())) {
                records.add(file.getKey() + ":" + record.get("id").asText());
            }
        }
        List<String> unknown = new ArrayList<>();
        EnglishNames english = EnglishNames.read(DATA);
        english.rows().forEach(row -> {
            if (!records.contains(row.kind() + ":" + row.id())) {
                unknown.add(row.kind() + " " + row.id());
            }
        });
        assertThat(unknown).as("entries of english-names.yaml naming no record of data/").isEmpty();
        assertThat(english.of("service", "startup-guarantee-loan").name()).isEqualTo("Startup guarantee loan");
        assertThat(english.of("service", "government-service-hotline").translation()).isFalse();
    }

    @Test
    void anEntryWithoutASourceIsRefused() {
        assertThatThrownBy(() -> new EnglishNames(List.of(new EnglishNames.Row("service", "legal-aid", "Legal aid",
                List.of(), true, " ")))).hasMessageContaining("legal-aid");
    }
}
