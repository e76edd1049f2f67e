package cn.xuchang.directory.common;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * 实体标签 (entity tags): {@code "<hash>"} for any answer, {@code "<version>-<hash>"} for a record, where the hash is
 * the first 64 bits of the body's SHA-256 — the same bytes give the same tag on every instance.
 */
public final class EntityTags {

    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private EntityTags() {
    }

    public static String of(byte[] body, Long version) {
        String hash = hash(body);
        return "\"" + (version == null ? hash : version + "-" + hash) + "\"";
    }

    /** Weak comparison (RFC 9110 8.8.3.2), as If-None-Match asks: W/ is ignored; * matches any. */
    public static boolean anyMatches(String header, String tag) {
        for (String candidate : header.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        return HexFormat.of().formatHex(SHA_256.get().digest(body), 0, 8);
    }
}
