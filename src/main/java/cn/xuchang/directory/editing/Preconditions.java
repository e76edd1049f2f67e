package cn.xuchang.directory.editing;

import java.util.List;

import cn.xuchang.directory.common.ApiException;

/**
 * 并发控制 (concurrency control): If-Match against the record's version. A record's ETag is
 * {@code "<version>-<hash of the body>"} (see caching/EntityTags); only the version counts here, so a change
 * elsewhere that alters the body (a renamed organization) does not fail an editor's next write. A bare
 * {@code "<version>"} is accepted too.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** 428 when If-Match is missing, 412 when it does not name the record's current version. */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "/problems/precondition-required", "Precondition Required",
                    "Send If-Match with the ETag of the version you are changing, e.g. If-Match: " + etag(version),
                    List.of());
        }
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag(version)) || tag.startsWith("\"" + version + "-")) {
                return;
            }
        }
        throw new ApiException(412, "/problems/precondition-failed", "Precondition Failed",
                "The record has changed since you read it (now version " + version + "); read it again and retry",
                List.of());
    }
}
