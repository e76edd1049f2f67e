package cn.xuchang.directory.editing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import cn.xuchang.directory.common.ApiException;
import io.quarkus.security.identity.SecurityIdentity;

/** Reads the {@link Editor} of the current request from its verified bearer token. */
@RequestScoped
public class EditorContext {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public Editor current() {
        if (identity.isAnonymous()) {
            throw new ApiException(401, "/problems/unauthorized", "Unauthorized",
                    "Send a bearer token of an editor or an admin", java.util.List.of());
        }
        Object org = token.getClaim(Editor.ORGANIZATION_CLAIM);
        return new Editor(identity.getPrincipal().getName(), identity.hasRole(Editor.ADMIN),
                org == null ? null : org.toString().replace("\"", ""));
    }
}
