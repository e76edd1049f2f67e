package cn.xuchang.directory.resolve;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.caching.AnswerCache;
import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 解析缓存 (resolve cache): the JSON of recent resolve answers, with their ETags, by service, region and minute (the
 * answers say what is open now), so that a desk asked for again is neither resolved nor written again. Each snapshot
 * gets its own, empty; its size is the lookup cache's ({@code directory.lookup-cache-size}, 0 turns both off).
 */
@ApplicationScoped
public class ResolveCache implements SnapshotDerivation<ResolveCache.Answers> {

    /** What was asked, once checked: the service's id, the region's code, and the minute. */
    record Key(String service, String region, long minute) {
    }

    /** The answers given on one snapshot. */
    record Answers(AnswerCache<Key> cache) {
    }

    private final ObjectMapper json;
    private final int size;

    public ResolveCache(ObjectMapper json, DirectoryConfig config) {
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
}
