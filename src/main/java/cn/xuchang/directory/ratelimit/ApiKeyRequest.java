package cn.xuchang.directory.ratelimit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an admin says when issuing a key: whose it is, and optionally its quota. */
@Schema(name = "ApiKeyRequest")
public record ApiKeyRequest(
        @NotBlank @Size(max = 100)
        @Schema(description = "Who the key is for", examples = "许昌市大数据局 便民服务小程序", maxLength = 100)
        String name,
        @Min(1) @Max(1_000_000_000)
        @Schema(description = "Requests a minute; default directory.api-keys.per-minute (6000)", examples = "6000",
                minimum = "1", maximum = "1000000000", format = "int64")
        Long perMinute,
        @Min(1) @Max(1_000_000_000)
        @Schema(description = "Requests at once; default directory.api-keys.burst (3000)", examples = "3000",
                minimum = "1", maximum = "1000000000", format = "int64")
        Long burst) {
}
