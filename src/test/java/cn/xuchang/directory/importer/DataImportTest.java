package cn.xuchang.directory.importer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.snapshot.DirectoryCache;
import io.quarkus.test.junit.QuarkusTest;

/** Loading data/ into the database: idempotent, edits apply, a broken folder changes nothing. */
@QuarkusTest
class DataImportTest {

    @Inject
    DataDirectory directory;

    @Inject
    DataImporter importer;

    @TempDir
    Path copy;

    @Inject
    DirectoryCache cache;

    @AfterEach
    void restoreTheRealData() {
        importer.apply(directory.read(DataDirectoryTest.DATA));
        cache.refresh();
    }

    @Test
    void applyingTheSameDataAgainChangesNothing() {
        String before = snapshot();
        DataImporter.Summary summary = importer.apply(directory.read(DataDirectoryTest.DATA));
        assertThat(summary.deleted()).isZero();
        assertThat(summary.hotlines()).isEqualTo(14);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEditedFileUpdatesTheDatabase() throws IOException {
        copyData();
        replace("hotlines.yaml", "label: 创业担保贷款服务电话（禹州市）", "label: 禹州市创业担保贷款咨询");
        importer.apply(directory.read(copy));
        assertThat(given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().extract().<String>path("label"))
                .isEqualTo("禹州市创业担保贷款咨询");
    }

    @Test
    void aRecordRemovedFromTheFilesIsRemoved() throws IOException {
        copyData();
        Path locations = copy.resolve("locations.yaml");
        Files.writeString(locations, "[]\n");
        DataImporter.Summary summary = importer.apply(directory.read(copy));
        assertThat(summary.deleted()).isEqualTo(2);
        given().when().get("/api/v1/windows/citizen-centre-b118-startup-loan").then().statusCode(404);
    }

    @Test
    void aBrokenFolderLeavesTheDatabaseAsItWas() throws IOException {
        String before = snapshot();
        copyData();
        replace("hotlines.yaml", "label: 创业担保贷款服务电话（禹州市）", "label: 改过的名称");
        replace("national-hotlines.yaml", "number: \"12345\"", "number: \"1234\"");
        assertThatThrownBy(() -> importer.apply(directory.read(copy))).isInstanceOf(DataLoadException.class)
                .hasMessageContaining("national-hotlines.yaml, record 1 (id national-12345), field 'number'");
        assertThat(snapshot()).isEqualTo(before);
    }

    private static String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String list : new String[] {"regions", "organizations", "services", "locations", "windows", "hotlines"}) {
            all.append(given().queryParam("size", 200).when().get("/api/v1/" + list).then().statusCode(200)
                    .extract().asString());
        }
        return all.toString();
    }

    private void copyData() throws IOException {
        try (Stream<Path> files = Files.list(DataDirectoryTest.DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
