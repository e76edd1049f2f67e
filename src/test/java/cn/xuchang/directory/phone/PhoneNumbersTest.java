package cn.xuchang.directory.phone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers phones = new PhoneNumbers("0374");

    @ParameterizedTest
    @ValueSource(strings = {"0374-8297716", "03748297716", "+86 374 829 7716", "+863748297716", "0374 829 7716",
        "(0374)8297716", "０３７４－８２９７７１６", "8297716", "829-7716", " 0374-8297716 "})
    void everyCommonWritingOfTheYuzhouDeskIsTheSameNumber(String written) {
        DialNumber number = phones.parse(written).orElseThrow();
        assertThat(number.key()).isEqualTo("+863748297716");
        assertThat(number.display()).isEqualTo("0374-8297716");
        assertThat(number.tel()).isEqualTo("tel:+863748297716");
        assertThat(number.kind()).isEqualTo(NumberKind.FIXED_LINE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12333", "12369", "１２３４５"})
    void nationalShortNumbersAreShortNumbers(String written) {
        DialNumber number = phones.parse(written).orElseThrow();
        assertThat(number.kind()).isEqualTo(NumberKind.SHORT_NUMBER);
        assertThat(number.e164()).isNull();
        assertThat(number.tel()).isEqualTo("tel:" + number.display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "0374-829771", "1234", "+1 202 555 0100", "12", "03748297716000",
        "'; drop table hotline; --", "0374-8297716\u0000", "😀"})
    void somethingThatIsNotAChineseNumberIsRejected(String written) {
        assertThat(phones.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"138 0013 8000", "+86 138-0013-8000", "13800138000"})
    void mobileNumbersAreRecognised(String written) {
        DialNumber number = phones.parse(written).orElseThrow();
        assertThat(number.kind()).isEqualTo(NumberKind.MOBILE);
        assertThat(number.key()).isEqualTo("+8613800138000");
        assertThat(number.display()).isEqualTo("138 0013 8000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2620256", "0374-2620256"})
    void aBareLocalNumberTakesTheDefaultAreaCode(String written) {
        assertThat(phones.parse(written).orElseThrow().display()).isEqualTo("0374-2620256");
    }
}
