package cn.xuchang.directory.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionLevelTest {

    @ParameterizedTest
    @CsvSource({
        "410000, 河南省, PROVINCE",
        "411000, 许昌市, CITY",
        "411002, 魏都区, DISTRICT",
        "411024, 鄢陵县, COUNTY",
        "411081, 禹州市, COUNTY_LEVEL_CITY",
        "411071, 许昌经济技术开发区, FUNCTION_AREA",
        "411081204, 磨街乡, TOWNSHIP",
        "411081109, 鸠山镇, TOWN",
        "411002001, 西大街道, SUBDISTRICT",
        "411002570, 东城区, FUNCTION_AREA",
        "411071400, 龙湖街道, SUBDISTRICT",
        "411003208, 艾庄回族乡, TOWNSHIP"})
    void levelsFollowTheCodingRulesAndNames(String code, String name, RegionLevel expected) {
        assertThat(RegionLevel.classify(code, name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"禹州市, 禹州", "鸠山镇, 鸠山", "艾庄回族乡, 艾庄", "西大街道, 西大", "东城区, 东城"})
    void shortNamesDropTheSuffix(String name, String expected) {
        assertThat(RegionNaming.shortName(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"许昌经济技术开发区", "X乡"})
    void noShortNameWhenNothingSensibleRemains(String name) {
        assertThat(RegionNaming.shortName(name)).isEmpty();
    }
}
