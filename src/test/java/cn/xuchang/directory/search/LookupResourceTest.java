package cn.xuchang.directory.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.xuchang.directory.importer.DataDirectory;
import cn.xuchang.directory.importer.DataImporter;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** The search box over HTTP: what each answer carries, bad input, and an index that follows the data. */
@QuarkusTest
class LookupResourceTest {

    @Inject
    DataDirectory directory;

    @Inject
    DataImporter importer;

    @Inject
    DirectoryCache cache;

    @Inject
    LookupService lookupService;

    @TempDir
    Path copy;

    private static ValidatableResponse lookup(String q) {
        return given().queryParam("q", q).when().get("/api/v1/lookup").then();
    }

    @Test
    void englishFindsWhatChineseFinds() {
        lookup("guarantee loan Xiangcheng").statusCode(200)
                .body("place.region.code", equalTo("411025"))
                .body("answers[0].number", equalTo("0374-3561966"))
                .body("answers[0].why.matched", equalTo("guarantee loan"))
                .body("answers[0].english.name", equalTo("Startup guarantee loan"))
                .body("answers[0].english.translation", equalTo(true));
        lookup("startup loan Yuzhou").statusCode(200).body("answers[0].number", equalTo("0374-8297716"));
        lookup("Jian'an").statusCode(200).body("place.region.code", equalTo("411003"))
                .body("answers[0].number", equalTo("0374-5113011"));
        lookup("Xuchang County startup loan").statusCode(200).body("place.region.code", equalTo("411003"));
        lookup("social security hotline").statusCode(200)
                .body("answers[0].number", equalTo("12333"))
                .body("answers[0].english.name", equalTo("Human resources and social security"));
        lookup("government service hotline").statusCode(200)
                .body("answers[0].number", equalTo("12345"))
                .body("answers[0].english.translation", equalTo(false));
        lookup("禹州 创业贷款").statusCode(200).body("answers[0].english.name", equalTo("Startup guarantee loan"));
    }

    @Test
    void anOfficeNamedWithAServiceAliasAnswersWithThatServiceFirst() {
        lookup("人社局社保").statusCode(200)
                .body("answers[0].number", equalTo("12333"))
                .body("answers.organization.id", hasItem("xuchang-hrss"));
    }

    @Test
    void eachAnswerCarriesWhatAFrontEndShows() {
        lookup("我在鸠山镇想办创业贷款打哪个电话").statusCode(200)
                .body("place.text", equalTo("鸠山镇"))
                .body("place.region.code", equalTo("411081109"))
                .body("answers[0].kind", equalTo("hotline"))
                .body("answers[0].number", equalTo("0374-8297716"))
                .body("answers[0].tel", equalTo("tel:+863748297716"))
                .body("answers[0].service.id", equalTo("startup-guarantee-loan"))
                .body("answers[0].scope", equalTo("local"))
                .body("answers[0].answeredBy.name", equalTo("禹州市"))
                .body("answers[0].fallback", equalTo(true))
                .body("answers[0].source", containsString("许昌日报"))
                .body("answers[0].label", equalTo("创业担保贷款服务电话（禹州市）"))
                .body("answers[0].organization.shortName", equalTo("市人社局"))
                .body("answers[0].why.terms", contains("创业贷款"))
                .body("answers[0].why.matched", equalTo("创业贷款"))
                .body("answers[0].why.place.text", equalTo("鸠山镇"));
    }

    @Test
    void traditionalCharactersFindWhatSimplifiedOnesFind() {
        lookup("靈井鎮 創業貸款").statusCode(200)
                .body("place.text", equalTo("灵井镇"))
                .body("place.region.code", equalTo(given().queryParam("q", "灵井镇 创业贷款").when()
                        .get("/api/v1/lookup").then().extract().path("place.region.code")))
                .body("answers[0].number", equalTo("0374-5113011"))
                .body("answers[0].answeredBy.name", equalTo("建安区"))
                .body("answers[0].why.terms", contains("创业贷款"));
    }

    @Test
    void anOfficeWithALooseWordForItsServiceAnswersWithThatServicesDeskThenTheOffice() {
        java.util.List<String> kinds = lookup("禹州人社局贷款").statusCode(200)
                .body("place.region.code", equalTo("411081"))
                .body("answers[0].id", equalTo("startup-loan-yuzhou"))
                .body("answers[0].number", equalTo("0374-8297716"))
                .body("answers[0].why.matched", equalTo("创业担保贷款"))
                .body("answers.id", hasItem("xuchang-hrss"))
                .extract().path("answers.kind");
        assertThat(kinds.indexOf("organization")).as("the office follows the desk").isGreaterThan(0);
        lookup("人社局").statusCode(200).body("answers[0].id", equalTo("xuchang-hrss")); // the office alone: the office
        lookup("禹州人社局电话").statusCode(200).body("answers[0].id", equalTo("xuchang-hrss")); // no service named
    }

    @Test
    void aFormerNameIsTheRegionItBecameAndTheAnswerSaysSo() {
        lookup("许昌县创业贷款").statusCode(200)
                .body("place.text", equalTo("许昌县"))
                .body("place.region.code", equalTo("411003"))
                .body("place.formerName.label", equalTo("许昌县（现建安区）"))
                .body("place.formerName.changed", equalTo("2016-11-28"))
                .body("place.formerName.authority", containsString("国函〔2016〕189号"))
                .body("place.formerName.source", containsString("hnr.cn"))
                .body("answers[0].number", equalTo("0374-5113011"))
                .body("answers[0].why.place.formerName.name", equalTo("许昌县"));
        lookup("建安区创业贷款").statusCode(200).body("place.formerName", nullValue());
    }

    @Test
    void aPlaceOutsideTheAreaGetsOnlyNationwideNumbers() {
        lookup("洛阳 创业担保贷款").statusCode(200)
                .body("place", nullValue())
                .body("outsideArea.text", equalTo("洛阳"))
                .body("outsideArea.name", equalTo("洛阳市"))
                .body("outsideArea.code", equalTo("410300"))
                .body("outsideArea.level", equalTo("city"))
                .body("outsideArea.note", containsString("洛阳不在本目录范围内"))
                .body("answers.number", contains("12333", "12345"))
                .body("answers.scope", everyItem(equalTo("nationwide")))
                .body("answers.answeredBy", everyItem(nullValue()));
        lookup("襄阳襄城区创业贷款").statusCode(200)
                .body("outsideArea.name", equalTo("襄城区")).body("outsideArea.code", equalTo("420602"))
                .body("answers.scope", everyItem(equalTo("nationwide")));
        lookup("郑州 市长信箱").statusCode(200).body("outsideArea.code", equalTo("410100"))
                .body("answers.number", contains("12345"));
    }

    @Test
    void aNameSharedWithAPlaceOutsideStaysInside() {
        lookup("襄城 创业贷款").statusCode(200).body("outsideArea", nullValue())
                .body("place.region.code", equalTo("411025")).body("answers[0].number", equalTo("0374-3561966"));
        lookup("xiangcheng chuangye daikuan").statusCode(200).body("outsideArea", nullValue())
                .body("place.region.code", equalTo("411025"));
    }

    @Test
    void noNameOfAServiceOfficeOrChannelIsTakenForAPlaceOutside() {
        DirectorySnapshot snapshot = cache.served().snapshot();
        List<String> names = new ArrayList<>();
        snapshot.services().values().forEach(s -> {
            names.add(s.name());
            names.addAll(s.aliases());
        });
        snapshot.organizations().values().forEach(o -> names.add(o.name()));
        snapshot.channels().values().forEach(c -> names.add(c.name()));
        for (String name : names) {
            assertThat(lookupService.lookup(name, null, 10).outsideArea()).as(name).isNull();
        }
    }

    @Test
    void withNoPlaceTheCityDeskAndWindowComeFirst() {
        lookup("创业担保贷款").statusCode(200)
                .body("place.region.code", equalTo("411000"))
                .body("answers.kind", contains("hotline", "window", "hotline", "hotline"))
                .body("answers[0].number", equalTo("0374-2620256"))
                .body("answers[0].fallback", equalTo(false))
                .body("answers[1].place", equalTo("市民之家一楼B区118"))
                .body("answers[1].id", equalTo("citizen-centre-b118-startup-loan"));
    }

    @Test
    void theRegionParameterGivesThePlaceWhenTheQueryNamesNone() {
        given().queryParam("q", "创业贷款").queryParam("region", "411082").when().get("/api/v1/lookup").then()
                .statusCode(200).body("place.region.code", equalTo("411082"))
                .body("answers[0].number", equalTo("0374-6165116"));
        given().queryParam("q", "禹州 创业贷款").queryParam("region", "411082").when().get("/api/v1/lookup").then()
                .statusCode(200).body("place.text", equalTo("禹州")).body("answers[0].number", equalTo("0374-8297716"));
        given().queryParam("q", "创业贷款").queryParam("region", "abc").when().get("/api/v1/lookup").then()
                .statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void aNumberIsAReverseLookup() {
        lookup("０３７４－５１１３０１１").statusCode(200)
                .body("number.listed", equalTo(true))
                .body("answers[0].answeredBy.name", equalTo("建安区"))
                .body("answers[0].why.number", equalTo("0374-5113011"));
        lookup("0374-1234567").statusCode(200).body("number.listed", equalTo(false)).body("answers", empty());
    }

    @Test
    void limitCapsTheAnswers() {
        given().queryParam("q", "创业贷款").queryParam("limit", 1).when().get("/api/v1/lookup").then()
                .statusCode(200).body("answers", hasSize(1));
        given().queryParam("q", "创业贷款").queryParam("limit", 0).when().get("/api/v1/lookup").then()
                .statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void emptyBlankAndOverlongQueriesAre400() {
        given().when().get("/api/v1/lookup").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        lookup("   ").statusCode(400).body("errors[0].field", equalTo("q"));
        lookup("创".repeat(101)).statusCode(400).body("errors[0].field", equalTo("q"));
        lookup("创".repeat(100)).statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"创业", "创业*", "贷?款", "cydk~", "^禹州", "[创业 TO 贷款]", "(创业", "q:创业", "\\", "\u0000\u0007",
        "😀", "' OR 1=1 --", "<script>alert(1)</script>", ".*", "AND OR NOT", "+-&&||!(){}[]^\"~*?:\\/"})
    void queryAndRegexSyntaxIsJustText(String q) {
        lookup(q).statusCode(lessThan(500)).body(not(containsString("Exception")));
    }

    @Test
    void theIndexFollowsTheData() throws IOException {
        lookup("宠物登记").statusCode(200).body("answers", empty());
        try (Stream<Path> files = Files.list(Path.of("data"))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path services = copy.resolve("services.yaml");
        Files.writeString(services, Files.readString(services).replace("aliases: [创业贷款,", "aliases: [宠物登记, 创业贷款,"));
        try {
            importer.apply(directory.read(copy));
            cache.refresh();
            lookup("禹州宠物登记").statusCode(200).body("answers[0].number", equalTo("0374-8297716"));
        } finally {
            importer.apply(directory.read(Path.of("data")));
            cache.refresh();
        }
        lookup("宠物登记").statusCode(200).body("answers", empty());
    }
}
