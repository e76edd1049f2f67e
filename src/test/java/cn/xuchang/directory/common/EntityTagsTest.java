package cn.xuchang.directory.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;

import org.apache.commons.codec.digest.MurmurHash3;
import org.junit.jupiter.api.Test;

/** Entity tags: the same MurmurHash3 as the reference implementation, for every length a tail can have. */
class EntityTagsTest {

    @Test
    void tagsAreTheFirstHalfOfTheReferenceMurmurHash3() {
        Random random = new Random(2026);
        for (int length = 0; length <= 300; length++) {
            byte[] body = new byte[length];
            random.nextBytes(body);
            assertThat(EntityTags.of(body, null)).as("%d bytes", length).isEqualTo(reference(body));
        }
    }

    @Test
    void aRecordsTagCarriesItsVersion() {
        byte[] body = "{\"id\":\"startup-loan-yuzhou\",\"number\":\"0374-8297716\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(EntityTags.of(body, 3L)).isEqualTo("\"3-" + reference(body).substring(1));
    }

    private static String reference(byte[] body) {
        return "\"" + HexFormat.of().toHexDigits(MurmurHash3.hash128x64(body)[0]) + "\"";
    }
}
