package cn.xuchang.directory.search;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.caching.AnswerCache;
import cn.xuchang.directory.common.TaggedBody;
import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 查询缓存 (lookup cache): the JSON of recent lookup answers, with their ETags, by query, so that the queries
 * citizens repeat most are answered without searching, writing or hashing again. Each snapshot gets its own, empty:
 * a change empties it.
 */
@ApplicationScoped
public class LookupCache implements SnapshotDerivation<LookupCache.Answers> {

    /** The query as sent: text, pinned region and limit; and the minute, since answers say what is open now. */
    record Key(String q, String region, int limit, long minute) {
    }

    /** The answers given on one snapshot. */
    record Answers(AnswerCache<Key> cache) {
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
        return new Answers(new AnswerCache<>(size, json));
    }

    /** The JSON answer for a query on the served snapshot, computed once while it stays in the cache. */
    TaggedBody answer(DirectoryCache.Served served, Key key, Supplier<LookupView> lookup) {
        return served.derived(Answers.class).cache().answer(key, lookup);
    }
}
