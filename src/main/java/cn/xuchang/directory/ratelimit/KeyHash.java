package cn.xuchang.directory.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * 密钥摘要 (key digest): new keys are 256 random bits, so a plain SHA-256 is enough to keep them — nobody can guess
 * one back from its hash — and cheap enough to compute on every request.
 */
final class KeyHash {

    /** Marks the service's keys, so that secret scanners and people recognize one. */
    static final String PREFIX = "xcd_";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    /**
     * The last key presented on this thread, as bytes, with its hash: a partner sends the same key request after
     * request, and hashing it each time was a twentieth of a kept answer's time. Only the hash is remembered, never
     * whether the key is valid (a revoked key is refused at once); compared in constant time; never a key issued here.
     */
    private static final ThreadLocal<Presented> LAST = ThreadLocal.withInitial(() -> new Presented(new byte[0], ""));

    private record Presented(byte[] key, String hash) {
    }

    private KeyHash() {
    }

    /** A new key: the prefix and 32 random bytes in URL-safe Base64. */
    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String of(String key) {
        return hash(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The hash of a key a client presented, remembered for the same key presented again on this thread. */
    static String ofPresented(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        Presented last = LAST.get();
        if (MessageDigest.isEqual(bytes, last.key())) {
            return last.hash();
        }
        String hash = hash(bytes);
        LAST.set(new Presented(bytes, hash));
        return hash;
    }

    private static String hash(byte[] key) {
        return HexFormat.of().formatHex(SHA_256.get().digest(key));
    }
}
