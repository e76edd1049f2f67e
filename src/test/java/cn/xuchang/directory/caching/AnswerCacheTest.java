package cn.xuchang.directory.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.TaggedBody;

/** The answer cache keeps an answer from its second asking on, and each answer is the one computed for its key. */
class AnswerCacheTest {

    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger computed = new AtomicInteger();

    private TaggedBody ask(AnswerCache<String> cache, String query) {
        return cache.answer(query, () -> {
            computed.incrementAndGet();
            return Map.of("q", query);
        });
    }

    @Test
    void aQuestionAskedOnceIsNotKeptOneAskedAgainIs() {
        AnswerCache<String> cache = new AnswerCache<>(100, json);
        ask(cache, "禹州 创业贷款");
        ask(cache, "禹州 创业贷款");
        assertThat(computed).as("computed on the first and the second asking").hasValue(2);
        TaggedBody third = ask(cache, "禹州 创业贷款");
        ask(cache, "禹州 创业贷款");
        assertThat(computed).as("kept from the second asking on").hasValue(2);
        assertThat(new String(third.bytes(), StandardCharsets.UTF_8)).isEqualTo("{\"q\":\"禹州 创业贷款\"}");
    }

    @Test
    void aLongTailOfOneOffQuestionsLeavesTheCacheEmptyAndEachAnswerRight() {
        AnswerCache<String> cache = new AnswerCache<>(100, json);
        for (int i = 0; i < 10_000; i++) {
            String query = "长葛市 第" + i + "问";
            assertThat(new String(ask(cache, query).bytes(), StandardCharsets.UTF_8)).contains(query);
        }
        assertThat(computed).hasValue(10_000);
        ask(cache, "长葛市 第9999问");
        assertThat(computed).as("the latest one-off question is remembered as asked once").hasValue(10_001);
        ask(cache, "长葛市 第9999问");
        assertThat(computed).as("and is kept from its second asking").hasValue(10_001);
    }

    @Test
    void withSizeZeroNothingIsKept() {
        AnswerCache<String> cache = new AnswerCache<>(0, json);
        for (int i = 0; i < 3; i++) {
            ask(cache, "许昌 12345");
        }
        assertThat(computed).hasValue(3);
    }

    @Test
    void theDoorkeeperRemembersRecentQuestionsAndForgetsOldOnes() {
        SeenOnce seen = new SeenOnce(1 << 10);
        assertThat(seen.again(42)).isFalse();
        assertThat(seen.again(42)).isTrue();
        assertThat(seen.again(42)).isTrue();
        int collisions = 0;
        for (int hash = 0; hash < 100_000; hash++) {
            seen.again(hash * 31 + 7);
        }
        for (int hash = 99_900; hash < 100_000; hash++) {
            collisions += seen.again(hash * 31 + 7) ? 0 : 1;
        }
        assertThat(collisions).as("of the last 100 hashes in a 1,024-slot table, few were pushed out").isLessThan(15);
        assertThat(seen.again(3 * 31 + 7)).as("one of the first, long since pushed out").isFalse();
    }
}
