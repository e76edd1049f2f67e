package cn.xuchang.directory.editing;

import java.security.KeyPairGenerator;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Mints bearer tokens for tests with the test key (src/test/resources/jwt), as the real issuer would. */
public final class Tokens {

    public static final String ISSUER = "https://issuer.test/xuchang-directory";

    /** The content type of every PATCH an editor sends (application/json is 415), with the charset Chinese needs. */
    public static final String MERGE_PATCH = "application/merge-patch+json; charset=utf-8";

    private Tokens() {
    }

    public static String admin() {
        return Jwt.issuer(ISSUER).upn("admin-ops").groups(Set.of(Editor.ADMIN)).expiresIn(3600).sign();
    }

    /** An editor of the organization with this id. */
    public static String editor(String name, String organization) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(Editor.EDITOR)).claim(Editor.ORGANIZATION_CLAIM, organization)
                .expiresIn(3600).sign();
    }

    /** A well-formed token signed with a key the service does not trust. */
    public static String forged() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return Jwt.issuer(ISSUER).upn("mallory").groups(Set.of(Editor.ADMIN)).expiresIn(3600)
                .sign(generator.generateKeyPair().getPrivate());
    }

    /** A token of the trusted key whose validity ended an hour ago. */
    public static String expired() {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).upn("admin-ops").groups(Set.of(Editor.ADMIN)).issuedAt(now - 7200)
                .expiresAt(now - 3600).sign();
    }

    /** A token of the trusted key from another issuer. */
    public static String otherIssuer() {
        return Jwt.issuer("https://elsewhere.test").upn("admin-ops").groups(Set.of(Editor.ADMIN)).expiresIn(3600)
                .sign();
    }
}
