package cn.xuchang.directory.contacts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import io.quarkus.test.junit.QuarkusTest;

/** 通讯录与表格 (contacts and spreadsheet) on the real data: what Excel and a phone get. */
@QuarkusTest
class ContactsTest {

    @Test
    void theHotlinesSpreadsheetHasOneRowPerHotlineWithRegionCodesAndNames() throws Exception {
        byte[] body = given().when().get("/api/v1/contacts/hotlines.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", startsWith("attachment"))
                .extract().asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF); // the byte-order mark Excel needs
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            List<Map<String, String>> all = rows.readAll();
            Map<String, String> yuzhou = all.stream().filter(r -> r.get("id").equals("startup-loan-yuzhou"))
                    .findFirst().orElseThrow();
            assertThat(yuzhou).containsEntry("number", "0374-8297716").containsEntry("e164", "+863748297716")
                    .containsEntry("region_codes", "411081").containsEntry("region_names", "禹州市")
                    .containsEntry("services", "创业担保贷款").containsEntry("nationwide", "no")
                    .containsEntry("organization", "许昌市人力资源和社会保障局");
            assertThat(all).anySatisfy(r -> assertThat(r).containsEntry("number", "12345")
                    .containsEntry("nationwide", "yes").containsEntry("region_codes", ""));
            assertThat(all.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(all.size());
        }
    }

    @Test
    void aTownshipsContactsAreItsCountysDeskThenTheNationalNumbersAsVCard3() {
        String text = given().when().get("/api/v1/contacts/411081204.vcf").then().statusCode(200)
                .contentType(startsWith("text/vcard")).extract().asString();
        List<VCard> cards = Ezvcard.parse(text).all();
        assertThat(cards).allSatisfy(card -> assertThat(card.getVersion()).isEqualTo(VCardVersion.V3_0));
        VCard first = cards.get(0);
        assertThat(first.getFormattedName().getValue()).isEqualTo("创业担保贷款服务电话（禹州市）");
        assertThat(first.getTelephoneNumbers().get(0).getText()).isEqualTo("+863748297716");
        assertThat(first.getOrganization().getValues()).containsExactly("许昌市人力资源和社会保障局");
        assertThat(first.getNotes().get(0).getValue()).contains("受理：创业担保贷款").contains("来源：许昌日报")
                .doesNotContain("shared/");
        assertThat(cards).extracting(card -> card.getTelephoneNumbers().get(0).getText()).contains("12345")
                .doesNotHaveDuplicates().doesNotContain("+863742620256"); // not the city desk: 禹州 has its own
    }

    @Test
    void anUnknownPlaceIs404AndABadCode400AndJsonIsNotOffered() {
        given().when().get("/api/v1/contacts/411099.vcf").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/contacts/xyz.vcf").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("application/json").when().get("/api/v1/contacts/hotlines.csv").then().statusCode(406)
                .contentType("application/problem+json");
    }
}
