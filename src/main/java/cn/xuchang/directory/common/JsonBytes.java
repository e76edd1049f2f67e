package cn.xuchang.directory.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * 答案字节 (an answer's bytes): JSON written into a buffer each thread keeps and reuses, then copied once into an
 * array of the answer's own size. Jackson's own way grows a chain of blocks for every answer and then joins them, so
 * a 20 KB answer cost about 40 KB of garbage; this costs 20. A buffer that had to grow past {@link #KEPT} for a big
 * answer is let go after it, so what each thread keeps stays small.
 */
public final class JsonBytes {

    /** The buffer a thread keeps between answers, at most: a near page is 20 KB; 200 workers keep 12.5 MB at worst. */
    static final int KEPT = 64 * 1024;
    private static final int INITIAL = 32 * 1024;
    private static final ThreadLocal<Output> OUTPUT = ThreadLocal.withInitial(Output::new);

    private JsonBytes() {
    }

    /** {@code value} as JSON, UTF-8, written by {@code json}. */
    public static byte[] write(ObjectMapper json, Object value) throws IOException {
        Output out = OUTPUT.get();
        if (out.inUse) { // written from inside another answer's writing: not this thread's buffer
            return json.writeValueAsBytes(value);
        }
        out.inUse = true;
        try {
            out.reset();
            json.writeValue(out, value);
            return out.toByteArray();
        } finally {
            out.inUse = false;
            if (out.capacity() > KEPT) {
                OUTPUT.remove();
            }
        }
    }

    /** A growable byte buffer that knows whether it is being written. */
    private static final class Output extends ByteArrayOutputStream {
        boolean inUse;

        Output() {
            super(INITIAL);
        }

        int capacity() {
            return buf.length;
        }
    }
}
