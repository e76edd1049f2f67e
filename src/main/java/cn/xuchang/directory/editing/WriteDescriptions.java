package cn.xuchang.directory.editing;

/** The descriptions every kind's write operations share, so that their wording is written once. */
public final class WriteDescriptions {

    public static final String REPLACE = "Every field of the request is set; absent ones are cleared. Needs If-Match "
            + "with the ETag of the version being replaced.";

    public static final String PATCH = "JSON Merge Patch (RFC 7396): the fields sent replace the current ones, null "
            + "clears one. Needs If-Match with the ETag of the version being changed.";

    public static final String RETIRE = "Nothing is deleted through the API: a retired record is kept, with its "
            + "history, and hidden from citizens until restored. Needs If-Match.";

    public static final String RESTORE = "Brings a retired record back for citizens. Needs If-Match.";

    public static final String VERIFY = "Sets lastVerified to today (China time) and changes nothing else; no If-Match "
            + "needed.";

    public static final String HISTORY = "Oldest first, from the import of data/ on; each change lists the fields "
            + "that changed. For editors and admins, since it names the people who made the changes.";

    private WriteDescriptions() {
    }
}
