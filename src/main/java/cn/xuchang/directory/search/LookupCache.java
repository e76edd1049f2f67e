package cn.xuchang.directory.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 查询缓存 (lookup cache): the JSON of recent lookup answers by query, so that the queries citizens
 * repeat most are answered without searching again. Each snapshot gets its own, empty: a change empties it.
 */
@ApplicationScoped
public class LookupCache implements SnapshotDerivation<LookupCache.Answers> {

    /** The query as sent: text, pinned region and limit; and the minute, since answers say what is open now. */
    record Key(String q, String region, int limit, long minute) {
    }

    /** The answers given on one snapshot; no cache when caching is turned off. */
    record Answers(Cache<Key, byte[]> cache) {
    }

    private final ObjectMapper json;
    private final int size;

    public LookupCache(ObjectMapper json, DirectoryConfig config) {
        this.json = json;
        this.size = config.lookupCacheSize();
    }

    @Override
    public Class<Answers> type() {
        return Answers.class;
    }

    @Override
    public Answers derive(DirectorySnapshot snapshot) {
        return new Answers(size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).build());
    }

    /** The JSON answer for a query on the served snapshot, computed once while it stays in the cache. */
    byte[] answer(DirectoryCache.Served served, Key key, Supplier<LookupView> lookup) {
        Cache<Key, byte[]> answers = served.derived(Answers.class).cache();
        if (answers == null) {
            return serialize(lookup.get());
        }
        byte[] cached = answers.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        byte[] computed = serialize(lookup.get());
        answers.put(key, computed);
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
