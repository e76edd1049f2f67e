package cn.xuchang.directory.caching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.common.TaggedBody;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * 答案缓存集 (answer caches): per snapshot, one {@link AnswerCache} per kind of answer (lookup, resolve), each of
 * {@code directory.lookup-cache-size} answers, and the {@link Replays}: whole answers, up to 64 MiB (0 turns them
 * all off); a new snapshot starts them all empty.
 */
@ApplicationScoped
public class AnswerCaches implements SnapshotDerivation<AnswerCaches.PerSnapshot> {

    /** The caches of one snapshot, by the kind of answer, made when first asked for. */
    public static final class PerSnapshot {
        private final Map<String, AnswerCache<Object>> byKind = new ConcurrentHashMap<>();
        private final int size;
        private final ObjectMapper json;
        private final Replays replays;

        PerSnapshot(int size, ObjectMapper json) {
            this.size = size;
            this.json = json;
            this.replays = new Replays(size);
        }

        /** The cache of one kind of answer; its keys say what was asked (a record with the checked parameters). */
        public AnswerCache<Object> of(String kind) {
            return byKind.computeIfAbsent(kind, k -> new AnswerCache<>(size, json));
        }

        /**
         * 200 with a kept answer, which {@link FrontAnswers} may send again to the same request while this snapshot is
         * served: for the minute it was made in, or for the whole snapshot ({@link Replays#WHOLE_SNAPSHOT}). Only for
         * a public read whose answer depends on nothing but the request's path, query and Accept header (not on who
         * asks), since it is sent again before the REST layer and Quarkus's HTTP security run.
         */
        public Response send(TaggedBody body, long minute) {
            FrontAnswers.replayable(replays, minute);
            return body.response();
        }

        Replays replays() {
            return replays;
        }
    }

    private final ObjectMapper json;
    private final int size;

    public AnswerCaches(ObjectMapper json, DirectoryConfig config) {
        this.json = json;
        this.size = config.lookupCacheSize();
    }

    @Override
    public Class<PerSnapshot> type() {
        return PerSnapshot.class;
    }

    @Override
    public PerSnapshot derive(DirectorySnapshot snapshot) {
        return new PerSnapshot(size, json);
    }
}
