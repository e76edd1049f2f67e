package cn.xuchang.directory.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

/** 密钥摘要: SHA-256 in hex, the same whether a presented key is hashed for the first time or again right after. */
class KeyHashTest {

    @Test
    void aKeyHashesToItsSha256WhetherNewOrRepeated() {
        String one = KeyHash.newKey();
        String other = KeyHash.newKey();
        assertThat(one).startsWith(KeyHash.PREFIX).hasSize(KeyHash.PREFIX.length() + 43).isNotEqualTo(other);
        for (String key : new String[] {one, one, other, one, other, other, "", "x", ""}) {
            assertThat(KeyHash.ofPresented(key)).isEqualTo(KeyHash.of(key)).isEqualTo(DigestUtils.sha256Hex(key));
        }
        assertThat(KeyHash.ofPresented(new String(one.toCharArray()))).as("an equal key, another string")
                .isEqualTo(DigestUtils.sha256Hex(one));
    }
}
