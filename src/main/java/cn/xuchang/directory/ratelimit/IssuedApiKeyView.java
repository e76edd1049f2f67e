package cn.xuchang.directory.ratelimit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key just issued: the key itself, shown this once, and what admins will see of it from now on. */
@Schema(name = "IssuedApiKey", requiredProperties = {"key", "apiKey"})
public record IssuedApiKeyView(
        @Schema(description = "The key, for X-API-Key. Shown only now: the service keeps its SHA-256 only.",
                examples = "xcd_3q2-7wEvQmN0bXlU5fK8rZ1aLcD4eGhJ6iPoSuVxYz0", maxLength = 100) String key,
        ApiKeyView apiKey) {
}
