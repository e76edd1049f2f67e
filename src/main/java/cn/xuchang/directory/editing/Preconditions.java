package cn.xuchang.directory.editing;

import java.util.Arrays;
import java.util.List;

import cn.xuchang.directory.common.ApiException;

/**
 * 并发控制 (concurrency control): If-Match against the record's version. A record's ETag is
 * {@code "<version>-<hash of the body>"} (see common/EntityTags); only the version counts here, so a change
 * elsewhere that alters the body (a renamed organization) does not fail an editor's next write. A bare
 * {@code "<version>"} is accepted too.
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * 428 when If-Match is missing or {@code *} (which matches any version, so it would overwrite a change the
     * client never saw), 412 when it does not name the record's current version.
     */
    public static void requireMatch(String ifMatch, long version) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw required("Send If-Match with the ETag of the version you are changing, e.g. If-Match: "
                    + etag(version));
        }
        List<String> tags = Arrays.stream(ifMatch.split(",")).map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag).toList();
        if (tags.contains("*")) {
            throw required("If-Match: * 不能用于修改，需要版本号 (a change needs the version it changes, not *): send "
                    + "the ETag you read, e.g. If-Match: " + etag(version));
        }
        if (tags.stream().anyMatch(tag -> tag.equals(etag(version)) || tag.startsWith("\"" + version + "-"))) {
            return;
        }
        throw new ApiException(412, "/problems/precondition-failed", "Precondition Failed",
                "The record has changed since you read it (now version " + version + "); read it again and retry",
                List.of());
    }

    private static ApiException required(String detail) {
        return new ApiException(428, "/problems/precondition-required", "Precondition Required", detail, List.of());
    }
}
