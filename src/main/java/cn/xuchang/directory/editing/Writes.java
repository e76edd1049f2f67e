package cn.xuchang.directory.editing;

import cn.xuchang.directory.record.Versioned;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The responses of the write API: the record, its ETag, and for a new record its Location. */
public final class Writes {

    private Writes() {
    }

    public static Response ok(Versioned view) {
        return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
    }

    public static Response created(String collection, String id, Versioned view) {
        return Response.created(URI.create(collection + "/" + id)).entity(view)
                .tag(new EntityTag(String.valueOf(view.version()))).build();
    }
}
