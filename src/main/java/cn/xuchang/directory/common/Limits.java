package cn.xuchang.directory.common;

/**
 * 长度上限 (limits): the most a field of a record may hold — the database's column limits, and how many entries a
 * list may have. RecordRules checks them, in data/ and in the write API alike, and the request schemas state the
 * same constants ({@code @Schema(maxLength = Limits.NAME)}), so the contract and the check cannot drift apart.
 */
public final class Limits {

    /** Record ids and references to them: slugs (varchar 64). */
    public static final int ID = 64;
    /** Region codes: 2, 4, 6, 9 or 12 digits (varchar 12). */
    public static final int REGION_CODE = 12;
    /** Names and labels (varchar 200). */
    public static final int NAME = 200;
    /** Short names, aliases, channel handles (varchar 100). */
    public static final int SHORT_TEXT = 100;
    /** Descriptions (varchar 2000). */
    public static final int DESCRIPTION = 2000;
    /** Sources, addresses, opening hours, web addresses (varchar 500). */
    public static final int SOURCE = 500;
    /** A hotline's status note (varchar 1000). */
    public static final int STATUS_NOTE = 1000;
    /** A window's floor, zone and number (varchar 50). */
    public static final int WINDOW_PART = 50;
    /** A phone number as sent, in any common writing (stored normalized in varchar 32). */
    public static final int PHONE_NUMBER = 40;
    /** A word naming a type or status (varchar 16–20). */
    public static final int WORD = 20;

    /** A lookup query (search/LookupService). */
    public static final int QUERY = 100;
    /** A data/ file name (varchar 100). */
    public static final int FILE_NAME = 100;
    /** An If-Match header: one ETag or a few. */
    public static final int IF_MATCH = 200;
    /** A request target (path and query) the service reads; a longer one is 414 (directory.http.max-uri-length). */
    public static final int URI = 8192;
    /** A problem's detail: longer ones are cut, ending in "…". */
    public static final int DETAIL = 4000;
    /** The field errors one problem lists; more are left out. */
    public static final int FIELD_ERRORS = 500;

    /** Services a hotline, window or channel answers for. */
    public static final int SERVICES = 100;
    /** Regions a hotline or channel serves (许昌市 has about 115). */
    public static final int REGIONS = 200;
    /** Other names of a service or region. */
    public static final int ALIASES = 50;

    private Limits() {
    }
}
