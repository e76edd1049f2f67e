package cn.xuchang.directory.caching;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.EntityTags;
import cn.xuchang.directory.common.JsonBytes;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.snapshot.DirectoryCache;

/**
 * HTTP 缓存 (HTTP caching) of every answer the API gives: an ETag from the bytes of the body, so it changes whenever
 * the body does (a record's ETag also carries its version, which If-Match checks); Last-Modified, the time the
 * directory last changed; Cache-Control that never hides an edit; and 304 without a body for a client that has the
 * answer already. The body is written here once, as bytes, and sent as they are.
 */
public class HttpCaching {

    /** Directory answers: a cache may keep them but asks every time, so an edit is seen at once. */
    static final String REVALIDATE = "no-cache";
    /** Answers for a signed-in editor: the browser's cache only. */
    static final String PRIVATE = "private, no-cache";
    /** Divisions change with the national code list, a few times a year: an hour of staleness is harmless. */
    static final String REGIONS = "public, max-age=3600";

    private final ObjectMapper json;
    private final DirectoryCache directory;
    /** The directory's last change and its HTTP date, written once per change rather than per answer. */
    private volatile Dated lastChange = new Dated(Instant.EPOCH, httpDate(Instant.EPOCH));

    private record Dated(Instant instant, String httpDate) {
    }

    HttpCaching(ObjectMapper json, DirectoryCache directory) {
        this.json = json;
        this.directory = directory;
    }

    @ServerResponseFilter
    public void cache(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        int status = response.getStatus();
        if (entity == null || (status != 200 && status != 201) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        boolean read = isRead(request.getMethod());
        if (!read && !(entity instanceof Versioned)) {
            return;
        }
        MediaType type = mediaType(entity, response.getMediaType());
        Optional<byte[]> body = bytes(entity, type);
        if (body.isEmpty()) {
            return;
        }
        Object preset = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String tag = preset != null && entity instanceof byte[] ? preset.toString() // a TaggedBody's, made with it
                : EntityTags.of(body.get(), entity instanceof Versioned versioned ? versioned.version() : null);
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (!read) {
            send(response, body.get(), type);
            return;
        }
        Instant changed = directory.served().changedAt();
        response.getHeaders().putSingle(HttpHeaders.LAST_MODIFIED, lastModified(changed));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl(request));
        response.getHeaders().add(HttpHeaders.VARY, "Accept");
        if (notModified(request, tag, changed)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            send(response, body.get(), type);
            if (status == 200) {
                FrontAnswers.offer(response.getStringHeaders(), type, body.get());
            }
        }
    }

    /**
     * The body as bytes of that type. An answer that is those bytes already (a kept answer) is left as it is:
     * setting it again would make the REST layer parse its media type once more, on every answer.
     */
    private static void send(ContainerResponseContext response, byte[] body, MediaType type) {
        if (response.getEntity() != body || !Objects.equals(type, response.getMediaType())) {
            response.setEntity(body, null, type);
        }
    }

    /** RFC 9110 13.2.2: If-None-Match decides when sent; If-Modified-Since only without it. */
    private static boolean notModified(ContainerRequestContext request, String tag, Instant changed) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return EntityTags.anyMatches(ifNoneMatch, tag);
        }
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        if (ifModifiedSince == null || Instant.EPOCH.equals(changed)) {
            return false;
        }
        try {
            return !changed.isAfter(ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    private static String cacheControl(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return PRIVATE;
        }
        return request.getUriInfo().getPath().startsWith("/api/v1/regions") ? REGIONS : REVALIDATE;
    }

    /**
     * The type the answer is sent as. A record or list from a method without @Produces has none yet (the REST layer
     * would pick JSON when writing it); once it is bytes it must be said, or it would go out as octet-stream.
     */
    private static MediaType mediaType(Object entity, MediaType declared) {
        boolean unsaid = declared == null || declared.isWildcardType()
                || MediaType.APPLICATION_OCTET_STREAM_TYPE.isCompatible(declared);
        return unsaid && !(entity instanceof byte[]) && !(entity instanceof String) ? MediaType.APPLICATION_JSON_TYPE
                : declared;
    }

    private Optional<byte[]> bytes(Object entity, MediaType type) {
        if (entity instanceof byte[] raw) {
            return Optional.of(raw);
        }
        if (entity instanceof String text) {
            return Optional.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JsonBytes.write(json, entity));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the answer", e);
        }
    }

    private static boolean isRead(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    private String lastModified(Instant changed) {
        Dated last = lastChange;
        if (!last.instant().equals(changed)) {
            last = new Dated(changed, httpDate(changed));
            lastChange = last;
        }
        return last.httpDate();
    }

    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }
}
