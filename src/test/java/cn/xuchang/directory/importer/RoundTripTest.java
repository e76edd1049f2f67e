package cn.xuchang.directory.importer;

import cn.xuchang.directory.record.KindRecord;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.common.OwnDatabaseProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Import → export → import gives the same directory, on a database of its own that only data/ filled:
 * the export is a faithful copy of data/ in its own format.
 */
@QuarkusTest
@TestProfile(RoundTripTest.FreshDatabase.class)
class RoundTripTest {

    /** A database that no other test writes to. */
    public static class FreshDatabase extends OwnDatabaseProfile {
    }

    @Inject
    DataDirectory directory;

    @Inject
    DataImporter importer;

    @TempDir
    Path exported;

    @Test
    void importThenExportThenImportGivesTheSameDirectory() throws IOException {
        DirectoryData original = directory.read(DataCopy.DATA);
        byte[] zip = given().when().get("/api/v1/export").then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                names.add(entry.getName());
                Files.write(exported.resolve(entry.getName()), in.readAllBytes());
            }
        }
        assertThat(names).containsExactly("regions.csv", "region-names.yaml", "organizations.yaml", "services.yaml",
                "locations.yaml", "hotlines.yaml", "national-hotlines.yaml", "channels.yaml");

        DirectoryData again = directory.read(exported);
        assertThat(byKey(again.regions(), DirectoryData.RegionData::code))
                .isEqualTo(byKey(original.regions(), DirectoryData.RegionData::code));
        for (String kind : original.records().keySet()) {
            assertThat(byKey(again.records(kind), KindRecord::id)).as(kind)
                    .isEqualTo(byKey(original.records(kind), KindRecord::id));
        }

        DataImporter.Summary reimport = importer.apply(again);
        assertThat(reimport.applied()).as("records the exported files would change").isZero();
        assertThat(reimport.deleted()).isZero();
        assertThat(reimport.conflicts()).isEmpty();
    }

    @Test
    void oneFileCanBeExportedOnItsOwn() {
        String yaml = given().when().get("/api/v1/export/hotlines.yaml").then().statusCode(200).extract().asString();
        assertThat(yaml).contains("id: startup-loan-yuzhou").contains("number: 0374-8297716");
        given().when().get("/api/v1/export/passwords.txt").then().statusCode(404);
    }

    private static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        return records.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
