package cn.xuchang.directory.ratelimit;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner key as admins see it: whose, its quota, who issued and revoked it — never the key. */
@Schema(name = "ApiKey", requiredProperties = {"id", "name", "perMinute", "burst", "status", "createdAt"})
public record ApiKeyView(
        @Schema(description = "Id of the key (not the key)", examples = "7d0c6f1e-2a4b-4c8d-9e3f-5a6b7c8d9e0f",
                maxLength = 36) String id,
        @Schema(description = "Who the key is for", examples = "许昌市大数据局 便民服务小程序", maxLength = 100) String name,
        @Schema(description = "Requests a minute", examples = "6000", format = "int64") long perMinute,
        @Schema(description = "Requests at once", examples = "3000", format = "int64") long burst,
        @Schema(description = "active or revoked", examples = "active", enumeration = {"active", "revoked"})
        String status,
        Instant createdAt,
        @Schema(examples = "admin-ops", maxLength = 100) String createdBy,
        Instant revokedAt,
        @Schema(maxLength = 100) String revokedBy) {

    static ApiKeyView from(ApiKey key) {
        return new ApiKeyView(key.id, key.name, key.perMinute, key.burst, key.active() ? "active" : "revoked",
                key.createdAt, key.createdBy, key.revokedAt, key.revokedBy);
    }
}
