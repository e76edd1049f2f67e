package cn.xuchang.directory.importer;

import static cn.xuchang.directory.editing.Tokens.MERGE_PATCH;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.editing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

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
        importer.apply(directory.read(DataCopy.DATA));
        cache.refresh();
    }

    @Test
    void applyingTheSameDataAgainChangesNothing() {
        String before = snapshot();
        DataImporter.Summary summary = importer.apply(directory.read(DataCopy.DATA));
        assertThat(summary.deleted()).isZero();
        assertThat(summary.applied()).isZero();
        assertThat(summary.records()).containsEntry("hotline", 14).containsEntry("window", 1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anEditedFileUpdatesTheDatabase() throws IOException {
        DataCopy data = DataCopy.into(copy);
        data.replace("hotlines.yaml", "label: 创业担保贷款服务电话（禹州市）", "label: 禹州市创业担保贷款咨询");
        importer.apply(directory.read(data.folder()));
        assertThat(given().when().get("/api/v1/hotlines/startup-loan-yuzhou").then().extract().<String>path("label"))
                .isEqualTo("禹州市创业担保贷款咨询");
    }

    @Test
    void aRecordRemovedFromTheFilesIsRemoved() throws IOException {
        DataCopy data = DataCopy.into(copy);
        Path locations = data.folder().resolve("locations.yaml");
        Files.writeString(locations, "[]\n");
        DataImporter.Summary summary = importer.apply(directory.read(data.folder()));
        assertThat(summary.deleted()).isEqualTo(2);
        given().when().get("/api/v1/windows/citizen-centre-b118-startup-loan").then().statusCode(404);
    }

    @Test
    void aBrokenFolderLeavesTheDatabaseAsItWas() throws IOException {
        String before = snapshot();
        DataCopy data = DataCopy.into(copy);
        data.replace("hotlines.yaml", "label: 创业担保贷款服务电话（禹州市）", "label: 改过的名称");
        data.replace("national-hotlines.yaml", "number: \"12345\"", "number: \"1234\"");
        assertThatThrownBy(() -> importer.apply(directory.read(data.folder()))).isInstanceOf(DataLoadException.class)
                .hasMessageContaining("national-hotlines.yaml, record 1 (id national-12345), field 'number'");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anApiEditSurvivesRestartsAndAFileChangeToTheSameRecordIsAConflict() throws IOException {
        String url = "/api/v1/hotlines/startup-loan-xiangcheng";
        String etag = given().when().get(url).then().extract().header("ETag");
        given().auth().oauth2(Tokens.editor("editor-hrss", "xuchang-hrss")).header("If-Match", etag)
                .contentType(MERGE_PATCH).body("{\"hours\":\"工作日 8:30-12:00（节假日除外）\"}").when().patch(url)
                .then().statusCode(200);

        restartWith(DataCopy.DATA);
        given().when().get(url).then().body("hours", equalTo("工作日 8:30-12:00（节假日除外）"));

        DataCopy data = DataCopy.into(copy);
        data.replace("hotlines.yaml", "label: 创业担保贷款服务电话（襄城县）", "label: 襄城县创业担保贷款咨询");
        DataImporter.Summary summary = restartWith(data.folder());
        assertThat(summary.conflicts()).singleElement().asString().contains("hotline startup-loan-xiangcheng");
        given().when().get(url).then().body("hours", equalTo("工作日 8:30-12:00（节假日除外）"))
                .body("label", equalTo("创业担保贷款服务电话（襄城县）"));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/conflicts").then().statusCode(200)
                .body("find { it.recordId == 'startup-loan-xiangcheng' }.resolved", equalTo(false));
        given().auth().oauth2(Tokens.editor("editor-hrss", "xuchang-hrss")).when().get("/api/v1/admin/conflicts")
                .then().statusCode(403);
        given().when().get("/api/v1/admin/conflicts").then().statusCode(401);

        // Settle it the documented way: make the database agree with the file; the next start sees them equal.
        etag = given().when().get(url).then().extract().header("ETag");
        given().auth().oauth2(Tokens.admin()).header("If-Match", etag).contentType(MERGE_PATCH)
                .body("{\"hours\":null,\"label\":\"襄城县创业担保贷款咨询\"}").when().patch(url).then().statusCode(200);
        assertThat(restartWith(data.folder()).conflicts()).isEmpty();
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/admin/conflicts").then()
                .body("find { it.recordId == 'startup-loan-xiangcheng' }.resolved", equalTo(true));

        // Back to the real files: unedited since, so the file's label is applied again.
        assertThat(restartWith(DataCopy.DATA).conflicts()).isEmpty();
        given().when().get(url).then().body("label", equalTo("创业担保贷款服务电话（襄城县）"));
    }

    /** What a restart does with data/: read, apply, refresh. */
    private DataImporter.Summary restartWith(Path data) {
        DataImporter.Summary summary = importer.apply(directory.read(data));
        cache.refresh();
        return summary;
    }

    private static String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String list : new String[] {"regions", "organizations", "services", "locations", "windows", "hotlines"}) {
            all.append(given().queryParam("size", 200).when().get("/api/v1/" + list).then().statusCode(200)
                    .extract().asString());
        }
        return all.toString();
    }
}
