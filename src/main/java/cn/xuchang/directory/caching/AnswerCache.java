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
 * directory (each snapshot derives its own, empty: a change empties it); none when its size is 0.
 */
public final class AnswerCache<K> {

    private final Cache<K, TaggedBody> answers;
    private final ObjectMapper json;

    public AnswerCache(int size, ObjectMapper json) {
        this.answers = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
        this.json = json;
    }

    /** The answer to {@code key}, computed and written once while it stays in the cache. */
    public TaggedBody answer(K key, Supplier<?> compute) {
        return answers == null ? write(compute.get()) : answers.get(key, k -> write(compute.get()));
    }

    private TaggedBody write(Object answer) {
        try {
            return TaggedBody.of(JsonBytes.write(json, answer));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write an answer", e);
        }
    }
}
