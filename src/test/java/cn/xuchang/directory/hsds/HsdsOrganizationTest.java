package cn.xuchang.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.organization.OrganizationView;

/**
 * An organization no source describes (most of the nationwide directory's) is still a valid HSDS organization,
 * which requires a description: it says that none is known, and one that is known is kept as it is.
 */
class HsdsOrganizationTest {

    @Test
    void anOrganizationWithoutDescriptionSaysSoAndStaysValid() throws Exception {
        Hsds.Organization organization = HsdsCatalog.organization(new OrganizationView("yuzhou-hrss",
                "禹州市人力资源和社会保障局", null, null, null, null, false, "test fixture", null, 0, null));
        assertThat(organization.description()).isEqualTo(HsdsCatalog.NO_DESCRIPTION);
        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(organization);
        assertThat(HsdsSchemas.problems(HsdsSchemas.ORGANIZATION, json)).isEmpty();
        assertThat(HsdsSchemas.problems(HsdsSchemas.ORGANIZATION, json.replaceFirst("\"description\":\"[^\"]*\",", "")))
                .as("without it").isNotEmpty();
    }

    @Test
    void aKnownDescriptionIsKept() {
        assertThat(HsdsCatalog.organization(new OrganizationView("x", "某局", null, null, null, "受理创业担保贷款", false,
                "test fixture", null, 0, null)).description()).isEqualTo("受理创业担保贷款");
    }
}
