package cn.xuchang.directory.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTest {

    @ParameterizedTest
    @CsvSource({
        "411081204, 411081204",
        "411081204000, 411081204",
        "411081000000, 411081",
        "411000000000, 411000",
        "411081, 411081",
        "4110, 411000",
        "41, 410000",
        "４１１０８１, 411081"})
    void acceptedFormsAreNormalized(String raw, String expected) {
        assertThat(RegionCode.normalize(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "4110812", "41108a", "411081204201", "-411081", "禹州市"})
    void otherTextIsNotACode(String raw) {
        assertThat(RegionCode.normalize(raw)).isEmpty();
    }

    @Test
    void villageCodesAreRecognisedAsSuch() {
        assertThat(RegionCode.isVillage("411081204201")).isTrue();
        assertThat(RegionCode.isVillage("411081204000")).isFalse();
    }
}
