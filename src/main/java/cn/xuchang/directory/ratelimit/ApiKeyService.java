package cn.xuchang.directory.ratelimit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.editing.Editor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;

/** Issues, lists and revokes partner keys; a change counts on this instance at once, on the others at their refresh. */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRegistry registry;

    ApiKeyService(ApiKeyRegistry registry) {
        this.registry = registry;
    }

    IssuedApiKeyView issue(Editor admin, ApiKeyRequest request) {
        String secret = KeyHash.newKey();
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString();
        key.name = request.name().strip();
        key.keyHash = KeyHash.of(secret);
        key.perMinute = request.perMinute() != null ? request.perMinute() : registry.defaultPerMinute();
        key.burst = request.burst() != null ? request.burst() : registry.defaultBurst();
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        key.createdBy = admin.name();
        QuarkusTransaction.requiringNew().run(key::persist);
        registry.refresh();
        return new IssuedApiKeyView(secret, ApiKeyView.from(key));
    }

    List<ApiKeyView> list() {
        return QuarkusTransaction.requiringNew().call(() -> ApiKey.<ApiKey>listAll(Sort.by("createdAt").descending())
                .stream().map(ApiKeyView::from).toList());
    }

    ApiKeyView get(String id) {
        return QuarkusTransaction.requiringNew().call(() -> ApiKeyView.from(find(id)));
    }

    /** Revoking a revoked key changes nothing: it keeps who revoked it first, and when. */
    ApiKeyView revoke(Editor admin, String id) {
        ApiKeyView view = QuarkusTransaction.requiringNew().call(() -> {
            ApiKey key = find(id);
            if (key.active()) {
                key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                key.revokedBy = admin.name();
            }
            return ApiKeyView.from(key);
        });
        registry.refresh();
        return view;
    }

    private static ApiKey find(String id) {
        return ApiException.orNotFound(ApiKey.<ApiKey>findById(id), "API key", id);
    }
}
