package cn.xuchang.directory.caching;

import java.io.IOException;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import cn.xuchang.directory.common.JsonBytes;
import cn.xuchang.directory.common.TaggedBody;

/**
 * 答案缓存 (answer cache): the tagged JSON of recent answers of one kind by what was asked, for one snapshot of the
 * directory (each snapshot derives its own, empty: a change empties it); none when its size is 0. An answer is kept
 * from the second time it is asked for: most of what citizens type is asked once, and keeping each of those for a
 * few seconds only made the collector copy them (at a million hotlines, 40–55 MB copied at every young collection).
 */
public final class AnswerCache<K> {

    private final Cache<K, TaggedBody> answers;
    private final SeenOnce asked;
    private final ObjectMapper json;

    public AnswerCache(int size, ObjectMapper json) {
        this.answers = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
        this.asked = size <= 0 ? null : new SeenOnce(4 * size);
        this.json = json;
    }

    /** The answer to {@code key}: kept written while it stays in the cache, once it has been asked for twice. */
    public TaggedBody answer(K key, Supplier<?> compute) {
        if (answers == null) {
            return write(compute.get());
        }
        TaggedBody kept = answers.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        TaggedBody fresh = write(compute.get());
        if (asked.again(key.hashCode())) {
            answers.put(key, fresh);
        }
        return fresh;
    }

    private TaggedBody write(Object answer) {
        try {
            return TaggedBody.of(JsonBytes.write(json, answer));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an answer", e);
        }
    }
}
