package cn.xuchang.directory.caching;

import java.util.List;
import java.util.Map;
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
 * second time its request is made, as the answer caches do; none are kept when the size is 0.
 */
public final class Replays {

    /** The minute of an answer that holds for the whole snapshot (it says nothing about what is open now). */
    public static final long WHOLE_SNAPSHOT = Long.MIN_VALUE;

    /** A request as it decides the answer: the request target as sent (path and query) and its Accept header. */
    record Request(String target, String accept) {
    }

    /** One answer as sent: headers (names and values made once), body, the route template its metrics carry. */
    record Answer(CharSequence[] names, CharSequence[] values, byte[] body, String routeTemplate, long minute) {

        static Answer of(List<Map.Entry<String, String>> headers, byte[] body, String routeTemplate, long minute) {
            CharSequence[] names = new CharSequence[headers.size()];
            CharSequence[] values = new CharSequence[headers.size()];
            int i = 0;
            for (Map.Entry<String, String> header : headers) {
                names[i] = AsciiString.cached(header.getKey());
                values[i++] = ascii(header.getValue());
            }
            return new Answer(names, values, body, routeTemplate, minute);
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
                response.putHeader(names[i], values[i]);
            }
            response.end(Buffer.buffer(body));
        }
    }

    private final Cache<Request, Answer> answers;
    private final SeenOnce asked;

    Replays(int size) {
        this.answers = size <= 0 ? null : Caffeine.newBuilder().maximumSize(size).build();
        this.asked = size <= 0 ? null : new SeenOnce(4 * size);
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
     * Keeps the answer if this request was made before (or its answer was kept and has expired); it is put together
     * only then, since most requests of the long tail are made once.
     */
    void offer(Request request, Supplier<Answer> answer) {
        if (answers != null && asked.again(request.hashCode())) {
            answers.put(request, answer.get());
        }
    }
}
