package cn.xuchang.directory.common;

import java.util.List;

/**
 * Named examples of API answers for the OpenAPI description. Each is a real response on the seed
 * data, kept in {@code src/main/resources/examples/} and checked against the live API by ExamplesTest.
 */
public final class Examples {

    /** One example: the operation it illustrates, its name, the request that produces it and its file. */
    public record Example(String operationId, String status, String name, String request, String file) {
    }

    public static final List<Example> ALL = List.of(
            new Example("listRegions", "200", "townships of 禹州市, first page of 3",
                    "/api/v1/regions?parent=411081&size=3", "regions-of-yuzhou.json"),
            new Example("getRegion", "200", "磨街乡", "/api/v1/regions/411081204", "region-mojie.json"),
            new Example("listOrganizations", "200", "organizations responsible for 许昌市",
                    "/api/v1/organizations?region=411000", "organizations-city.json"),
            new Example("getOrganization", "200", "市人社局", "/api/v1/organizations/xuchang-hrss",
                    "organization-hrss.json"),
            new Example("listServices", "200", "services of 市人社局", "/api/v1/services?organization=xuchang-hrss",
                    "services-hrss.json"),
            new Example("getService", "200", "创业担保贷款", "/api/v1/services/startup-guarantee-loan",
                    "service-startup-loan.json"),
            new Example("listLocations", "200", "service centres of 许昌市", "/api/v1/locations?region=411000",
                    "locations-city.json"),
            new Example("getLocation", "200", "市民之家", "/api/v1/locations/xuchang-citizen-centre",
                    "location-citizen-centre.json"),
            new Example("listWindows", "200", "windows for 创业担保贷款",
                    "/api/v1/windows?service=startup-guarantee-loan", "windows-startup-loan.json"),
            new Example("getWindow", "200", "市民之家一楼B区118", "/api/v1/windows/citizen-centre-b118-startup-loan",
                    "window-b118.json"),
            new Example("listHotlines", "200", "创业担保贷款 desk of 禹州市",
                    "/api/v1/hotlines?service=startup-guarantee-loan&region=411081", "hotlines-yuzhou.json"),
            new Example("getHotline", "200", "禹州市 desk", "/api/v1/hotlines/startup-loan-yuzhou",
                    "hotline-yuzhou.json"),
            new Example("resolve", "200", "磨街乡 falls back to the 禹州市 desk",
                    "/api/v1/resolve?service=startup-guarantee-loan&region=411081204", "resolve-mojie.json"),
            new Example("resolve", "200", "魏都区 falls back to the city desk and window",
                    "/api/v1/resolve?service=startup-guarantee-loan&region=411002", "resolve-weidu.json"),
            new Example("lookupNumber", "200", "the 禹州市 desk, written +86 374 829 7716",
                    "/api/v1/numbers/+86%20374%20829%207716", "number-yuzhou.json"),
            new Example("lookupNumber", "200", "a number not in the directory",
                    "/api/v1/numbers/0374-1234567", "number-unlisted.json"));

    private Examples() {
    }

    /** Classpath location of an example's JSON. */
    public static String resource(Example example) {
        return "/examples/" + example.file();
    }
}
