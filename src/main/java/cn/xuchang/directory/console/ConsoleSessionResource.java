package cn.xuchang.directory.console;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.xuchang.directory.editing.Editor;
import cn.xuchang.directory.editing.EditorContext;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * 编辑台会话 (console session): tells the console page whether sign-in is configured and who is signed in, and hands
 * it the CSRF token its changes carry; /console/login starts the sign-in and returns to the page.
 */
@Path("/console")
public class ConsoleSessionResource {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    SecurityIdentity identity;

    @Inject
    EditorContext editors;

    @ConfigProperty(name = "quarkus.oidc.console.tenant-enabled", defaultValue = "false")
    boolean signInConfigured;

    /** What the page knows about its user; the editor is absent when nobody is signed in. */
    public record SessionView(boolean signInConfigured, Editor editor, String csrfToken) {
    }

    @GET
    @Path("/session")
    @Produces(MediaType.APPLICATION_JSON)
    public Response session() {
        if (!signInConfigured || identity.isAnonymous()) {
            return Response.ok(new SessionView(signInConfigured, null, null)).header("Cache-Control", "no-store")
                    .build();
        }
        String token = HexFormat.of().formatHex(bytes());
        NewCookie cookie = new NewCookie.Builder(CsrfGuard.COOKIE).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.ok(new SessionView(true, editors.current(), token)).cookie(cookie)
                .header("Cache-Control", "no-store").build();
    }

    /**
     * Protected by an HTTP permission (application.properties), not an annotation: an anonymous visitor is sent to
     * the identity provider's login page first, then back here, rather than answered 401 by the API's mapper.
     */
    @GET
    @Path("/login")
    public Response login() {
        return Response.seeOther(URI.create("/console/")).build();
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
