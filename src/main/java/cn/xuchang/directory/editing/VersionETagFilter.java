package cn.xuchang.directory.editing;

import cn.xuchang.directory.record.Versioned;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Gives every answer that is one editable record an ETag with its version, for If-Match on the next change. */
public class VersionETagFilter {

    @ServerResponseFilter
    public void tag(ContainerResponseContext response) {
        if (response.getEntity() instanceof Versioned versioned && !response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(String.valueOf(versioned.version())));
        }
    }
}
