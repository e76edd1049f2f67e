package cn.xuchang.directory.common;

import java.util.List;

/**
 * Named examples of API answers for the OpenAPI description. Each is a real response on the seed
 * data, kept in {@code src/main/resources/examples/} and checked against the live API by ExamplesTest.
 */
public final class Examples {

    /**
     * One example: the operation it illustrates, its name, the GET request that produces it (null for an
     * answer recorded once from a real exchange, such as a write), its file, and the fields whose value
     * changes from run to run (left out, at any depth, when checking it).
     */
    public record Example(String operationId, String status, String name, String request, String file,
            List<String> varying) {

        Example(String operationId, String status, String name, String request, String file) {
            this(operationId, status, name, request, file, VARYING);
        }
    }

    /** Fields that differ from one run to the next whatever the data: versions and timestamps. */
    public static final List<String> VARYING = List.of("version", "updatedAt");

    /** In HSDS answers, the time of the last change. */
    private static final List<String> HSDS_VARYING = List.of("last_modified");

    public static final List<Example> ALL = all(List.of(
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
            new Example("listChannels", "200", "channels whose appeals 市委市政府督查局 follows up",
                    "/api/v1/channels?organization=xuchang-supervision-bureau", "channels-supervision.json"),
            new Example("getChannel", "200", "书记市长信箱", "/api/v1/channels/xuchang-secretary-mayor-mailbox",
                    "channel-mailbox.json"),
            new Example("resolve", "200", "磨街乡 falls back to the 禹州市 desk",
                    "/api/v1/resolve?service=startup-guarantee-loan&region=411081204", "resolve-mojie.json"),
            new Example("resolve", "200", "魏都区 falls back to the city desk and window",
                    "/api/v1/resolve?service=startup-guarantee-loan&region=411002", "resolve-weidu.json"),
            new Example("lookupNumber", "200", "the 禹州市 desk, written +86 374 829 7716",
                    "/api/v1/numbers/+86%20374%20829%207716", "number-yuzhou.json"),
            new Example("lookupNumber", "200", "a number not in the directory",
                    "/api/v1/numbers/0374-1234567", "number-unlisted.json"),
            new Example("lookup", "200", "禹州 创业贷款: the 禹州市 desk first",
                    "/api/v1/lookup?q=%E7%A6%B9%E5%B7%9E%20%E5%88%9B%E4%B8%9A%E8%B4%B7%E6%AC%BE&limit=2",
                    "lookup-yuzhou.json"),
            new Example("lookup", "200", "许昌县 (a former name): the 建安区 desk, the place shown as 许昌县（现建安区）",
                    "/api/v1/lookup?q=%E8%AE%B8%E6%98%8C%E5%8E%BF%E5%88%9B%E4%B8%9A%E8%B4%B7%E6%AC%BE&limit=1", "lookup-former-name.json"),
            new Example("lookup", "200", "洛阳 (outside the area): only the nationwide numbers",
                    "/api/v1/lookup?q=%E6%B4%9B%E9%98%B3%20%E5%88%9B%E4%B8%9A%E6%8B%85%E4%BF%9D%E8%B4%B7%E6%AC%BE", "lookup-outside-area.json"),
            new Example("lookup", "200", "cydk (pinyin initials), no place: the city desk and window",
                    "/api/v1/lookup?q=cydk&limit=2", "lookup-cydk.json"),
            new Example("lookup", "200", "a natural question naming a township",
                    "/api/v1/lookup?q=%E6%88%91%E5%9C%A8%E9%B8%A0%E5%B1%B1%E9%95%87%E6%83%B3%E5%8A%9E%E5%88%9B%E4%B8%9A"
                            + "%E8%B4%B7%E6%AC%BE%E6%89%93%E5%93%AA%E4%B8%AA%E7%94%B5%E8%AF%9D&limit=1",
                    "lookup-jiushan.json"),
            new Example("status", "200", "the seed directory", "/api/v1/status", "status.json"),
            new Example("hsdsMeta", "200", "HSDS 3.0", "/api/v1/hsds", "hsds-meta.json", List.of("openapi_url")),
            new Example("hsdsListOrganizations", "200", "first page of 2", "/api/v1/hsds/organizations?per_page=2",
                    "hsds-organizations.json", HSDS_VARYING),
            new Example("hsdsGetOrganization", "200", "市人社局",
                    "/api/v1/hsds/organizations/f8ba435e-8c3a-5c80-a665-5888a4192263", "hsds-organization-hrss.json",
                    HSDS_VARYING),
            new Example("hsdsListServices", "200", "市人社局's services, first page of 3",
                    "/api/v1/hsds/services?organization_id=f8ba435e-8c3a-5c80-a665-5888a4192263&per_page=3",
                    "hsds-services-hrss.json", HSDS_VARYING),
            new Example("hsdsGetService", "200", "创业担保贷款 as the 禹州市 desk answers it",
                    "/api/v1/hsds/services/dc9747f6-27d9-5c0e-abef-cdc3d7dfa76d", "hsds-service-yuzhou-desk.json",
                    HSDS_VARYING),
            new Example("hsdsListLocations", "200", "the service centres", "/api/v1/hsds/locations",
                    "hsds-locations.json", HSDS_VARYING),
            new Example("hsdsGetLocation", "200", "市民之家",
                    "/api/v1/hsds/locations/c1707af5-896f-5bb4-860f-75c40dd9e9c3", "hsds-location-citizen-centre.json",
                    HSDS_VARYING),
            new Example("hsdsListServiceAtLocations", "200", "the windows", "/api/v1/hsds/service_at_locations",
                    "hsds-service-at-locations.json", HSDS_VARYING),
            new Example("hsdsGetServiceAtLocation", "200", "市民之家一楼B区118",
                    "/api/v1/hsds/service_at_locations/94eb9ba9-b8f7-56eb-8ed5-7bfa8ac3efd8",
                    "hsds-service-at-location-b118.json", HSDS_VARYING),
            new Example("fileReport", "201", "a citizen reports that nobody answers", null, "report-filed.json"),
            new Example("listReports", "200", "open reports about 市人社局's records", null, "reports-open.json"),
            new Example("closeReport", "200", "closed with what was done", null, "report-closed.json"),
            new Example("listConflicts", "200", "a desk changed in both places", null, "conflicts.json"),
            new Example("listChanges", "200", "the 禹州市 desk's hours changed", null, "changes.json"),
            new Example("getLocationHours", "200", "a centre open 工作日 around 国庆节 (a test fixture: no source gives real hours)",
                    null, "location-hours.json"),
            new Example("issueApiKey", "201", "a key for the 大数据局's mini-program, shown once", null,
                    "api-key-issued.json"),
            new Example("listApiKeys", "200", "one key in force, one revoked", null, "api-keys.json"),
            new Example("getApiKey", "200", "the 大数据局's key", null, "api-key.json"),
            new Example("revokeApiKey", "200", "the 大数据局's key, revoked", null, "api-key-revoked.json")),
            writes("Hotline", "禹州市 desk", "hotline-yuzhou.json"),
            writes("Organization", "市人社局", "organization-hrss.json"),
            writes("Service", "创业担保贷款", "service-startup-loan.json"),
            writes("Location", "市民之家", "location-citizen-centre.json"),
            writes("Window", "市民之家一楼B区118", "window-b118.json"),
            writes("Channel", "书记市长信箱", "channel-mailbox.json"));

    private Examples() {
    }

    /** The answers of the write operations on one kind: the record as it stands, and its history. */
    private static List<Example> writes(String kind, String name, String file) {
        List<Example> examples = new java.util.ArrayList<>();
        examples.add(new Example("create" + kind, "201", name, null, file));
        for (String op : List.of("replace", "patch", "retire", "restore", "verify")) {
            examples.add(new Example(op + kind, "200", name, null, file));
        }
        examples.add(new Example("history" + kind, "200", name + ": imported, then changed", null,
                "history-" + kind.toLowerCase(java.util.Locale.ROOT) + ".json"));
        return examples;
    }

    @SafeVarargs
    private static List<Example> all(List<Example> reads, List<Example>... writes) {
        List<Example> all = new java.util.ArrayList<>(reads);
        for (List<Example> w : writes) {
            all.addAll(w);
        }
        return List.copyOf(all);
    }

    /** Classpath location of an example's JSON. */
    public static String resource(Example example) {
        return "/examples/" + example.file();
    }
}
