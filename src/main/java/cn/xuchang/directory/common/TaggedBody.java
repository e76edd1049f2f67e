package cn.xuchang.directory.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * 带标签的答案 (tagged body): an answer's JSON bytes with the ETag they get, computed together once, so that an
 * answer sent again is neither serialized nor hashed again (HTTP caching keeps a tag the resource has set).
 */
public record TaggedBody(byte[] bytes, String etag) {

    public static TaggedBody of(byte[] bytes) {
        return new TaggedBody(bytes, EntityTags.of(bytes, null));
    }

    /** 200 with the bytes as JSON and their ETag. */
    public Response response() {
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).build();
    }
}
