package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** An answer's bytes from the kept buffer are Jackson's own, answer after answer, small and big. */
class JsonBytesTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesWhatJacksonWritesAnswerAfterAnswer() throws Exception {
        Object small = Map.of("number", "0374-8297716", "name", "禹州市创业担保贷款");
        Object big = List.of("许昌市民之家一楼B区118".repeat(JsonBytes.KEPT / 10)); // grows the buffer past what is kept
        for (Object value : List.of(small, big, small, big, small)) {
            assertThat(JsonBytes.write(json, value)).isEqualTo(json.writeValueAsBytes(value));
        }
    }
}
