package cn.xuchang.directory.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * 查询缓存 (lookup cache): the JSON of recent lookup answers by query, so that the queries citizens
 * repeat most are answered without searching again. Tied to one directory snapshot: a change empties it.
 */
@ApplicationScoped
public class LookupCache {

    /** The query as sent: text, pinned region and limit. */
    record Key(String q, String region, int limit) {
    }

    private final ObjectMapper json;
    private final int size;
    private volatile Generation generation = new Generation(null, null);

    private record Generation(DirectorySnapshot snapshot, Cache<Key, byte[]> answers) {
    }

    public LookupCache(ObjectMapper json, DirectoryConfig config) {
        this.json = json;
        this.size = config.lookupCacheSize();
    }

    /** The JSON answer for a query on the given snapshot, computed once while it stays in the cache. */
    byte[] answer(DirectorySnapshot snapshot, Key key, Supplier<LookupView> lookup) {
        if (size <= 0) {
            return serialize(lookup.get());
        }
        Generation current = generation;
        if (current.snapshot() != snapshot) {
            current = new Generation(snapshot, Caffeine.newBuilder().maximumSize(size).build());
            generation = current;
        }
        byte[] cached = current.answers().getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        byte[] computed = serialize(lookup.get());
        current.answers().put(key, computed);
        return computed;
    }

    private byte[] serialize(LookupView view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a lookup answer", e);
        }
    }
}
