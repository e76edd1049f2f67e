package cn.xuchang.directory.caching;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.netty.util.AsciiString;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * 重放答案 (replayable answers) of one snapshot: whole HTTP answers — status 200, headers and body as the REST layer
 * sent them — by the exact request they answered, for {@link FrontAnswers} to send again to the same request without
 * the REST layer. Each snapshot has its own, empty at first, so a change is never hidden. An answer is kept from the
 * third time its request is made; none are kept when the size is 0.
 */
public final class Replays {

    /** The minute of an answer that holds for the whole snapshot (it says nothing about what is open now). */
    public static final long WHOLE_SNAPSHOT = Long.MIN_VALUE;

    /** A request as it decides the answer: the request target as sent (path and query) and its Accept header. */
    record Request(String target, String accept) {

        /** The longest Accept header a kept answer is kept for: browsers and HTTP clients send far shorter ones. */
        static final int MAX_ACCEPT = 256;

        /** What it keeps in memory, about: two bytes a character. */
        int weight() {
            return 2 * (target.length() + (accept == null ? 0 : accept.length()));
        }
    }

    /**
     * One answer as sent: headers (names and values made once; {@code again} marks a further value of a name already
     * sent), body, the route template its metrics carry.
     */
    record Answer(CharSequence[] names, CharSequence[] values, boolean[] again, byte[] body, String routeTemplate,
            long minute) {

        static Answer of(List<Map.Entry<String, String>> headers, byte[] body, String routeTemplate, long minute) {
            CharSequence[] names = new CharSequence[headers.size()];
            CharSequence[] values = new CharSequence[headers.size()];
            boolean[] again = new boolean[headers.size()];
            Set<String> named = new HashSet<>();
            int i = 0;
            for (Map.Entry<String, String> header : headers) {
                again[i] = !named.add(header.getKey().toLowerCase(Locale.ROOT));
                names[i] = AsciiString.cached(header.getKey());
                values[i++] = ascii(header.getValue());
            }
            return new Answer(names, values, again, body, routeTemplate, minute);
        }

        /** What it keeps in memory, about: the body, the headers at two bytes a character, and the arrays. */
        int weight() {
            int weight = body.length + 256;
            for (int i = 0; i < names.length; i++) {
                weight += 2 * (names[i].length() + values[i].length()) + 64;
            }
            return weight;
        }

        /** Netty's ASCII form where the value is ASCII (it is written without encoding), else as it is. */
        private static CharSequence ascii(String value) {
            return value.chars().allMatch(c -> c < 0x80) ? new AsciiString(value) : value;
        }

        boolean holdsAt(long now) {
            return minute == WHOLE_SNAPSHOT || minute == now;
        }

        void send(HttpServerResponse response) {
            for (int i = 0; i < names.length; i++) {
                if (again[i]) {
                    response.headers().add(names[i], values[i]);
                } else {
                    response.putHeader(names[i], values[i]);
                }
            }
            response.end(Buffer.buffer(body));
        }
    }

    private final Cache<Request, Answer> answers;
    private final SeenOnce askedOnce;
    private final SeenOnce askedTwice;

    /**
     * What the kept answers may weigh together: their bodies and about what each keeps besides. Bounded by bytes, not
     * by count, since an answer at a million hotlines weighs many times one of the real data's, and an old generation
     * full of kept answers was a second-long pause of the collector in the nationwide benchmark.
     */
    static final long MAX_BYTES = 64L << 20;

    /** Kept answers within {@link #MAX_BYTES}, none if {@code size} is 0; their requests seen by two tables of 4 × size. */
    Replays(int size) {
        this.answers = size <= 0 ? null : Caffeine.newBuilder().maximumWeight(MAX_BYTES)
                .weigher((Request request, Answer answer) -> request.weight() + answer.weight())
                .build();
        this.askedOnce = size <= 0 ? null : new SeenOnce(4 * size);
        this.askedTwice = size <= 0 ? null : new SeenOnce(4 * size);
    }

    /** The answer kept for this request that still holds in this minute, if any. */
    Answer find(Request request, long minute) {
        if (answers == null) {
            return null;
        }
        Answer kept = answers.getIfPresent(request);
        return kept != null && kept.holdsAt(minute) ? kept : null;
    }

    /**
     * Keeps the answer if this request was made twice before (or its answer was kept and has expired); it is put
     * together only then. From the third asking, not the second as the answer caches: on the long tail at a million
     * hotlines most requests come once or twice, and keeping the twice-asked made the old generation churn until the
     * collector stopped everything for most of a second.
     */
    void offer(Request request, Supplier<Answer> answer) {
        int hash = request.hashCode();
        if (answers != null && askedOnce.again(hash) && askedTwice.again(hash)) {
            answers.put(request, answer.get());
        }
    }
}
