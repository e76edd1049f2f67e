package cn.xuchang.directory.importer;

import cn.xuchang.directory.hotline.HotlineRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.region.RegionLevel;

/** Reading data/: the real folder loads; broken copies are refused with file, record and field named. */
class DataDirectoryTest {

    private final DataDirectory directory = new DataDirectory(TestKinds.all());

    @TempDir
    Path copy;

    @Test
    void theRealDataLoads() {
        DirectoryData data = directory.read(DataCopy.DATA);
        assertThat(data.regions()).hasSize(114);
        assertThat(data.regions()).filteredOn(r -> r.level() == RegionLevel.FUNCTION_AREA)
                .extracting(DirectoryData.RegionData::name).containsExactlyInAnyOrder("许昌经济技术开发区", "东城区");
        assertThat(data.<HotlineRecord>records("hotline")).hasSize(14);
        assertThat(data.<HotlineRecord>records("hotline")).filteredOn(h -> h.id().equals("startup-loan-yuzhou"))
                .singleElement().satisfies(h -> assertThat(h.number()).isEqualTo("0374-8297716"));
    }

    @Test
    void derivedNamesAndCorrectedPinyin() {
        DirectoryData data = directory.read(DataCopy.DATA);
        DirectoryData.RegionData changge = region(data, "411082");
        assertThat(changge.pinyin()).isEqualTo("chang ge shi");
        assertThat(changge.aliases()).contains("长葛");
        assertThat(region(data, "411071").aliases()).contains("经开区");
        assertThat(region(data, "411081109").pinyin()).isEqualTo("jiu shan zhen");
    }

    /** One line of a file broken: the problem names the file, the record, the field and what is wrong. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an unknown region code   | hotlines.yaml      | regions: ["411081"]                | regions: ["411089"]  | id startup-loan-yuzhou   | regions             | unknown region code '411089'
            an invalid phone number  | hotlines.yaml      | number: 0374-8297716               | number: 0374-829771  | id startup-loan-yuzhou   | number              | not a valid
            a duplicate id           | hotlines.yaml      | id: startup-loan-changge           | id: startup-loan-yuzhou | id startup-loan-yuzhou | id                  | duplicate id 'startup-loan-yuzhou'
            a dangling reference     | locations.yaml     | services: [startup-guarantee-loan] | services: [startup-loan] | id xuchang-citizen-centre | windows[0].services | unknown service 'startup-loan'
            a misspelled field       | organizations.yaml | shortName: 市人社局                  | shortname: 市人社局     | id xuchang-hrss          | shortname           | unknown field
            """)
    void aBrokenLineIsNamed(String what, String file, String from, String to, String record, String field,
            String message) throws IOException {
        DataCopy.into(copy).replace(file, from, to);
        assertProblem(file, record, field, message);
    }

    /** Opening hours the parser cannot read: named with file, record and field (a window's nested in its centre). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unreadable window hours | locations.yaml | zone: B区 | zone: B区\\n      hours: 看情况 | id xuchang-citizen-centre | windows[0].hours | cannot read '看情况'
            hours without days      | hotlines.yaml  | number: 0374-8297716 | number: 0374-8297716\\n  hours: 8:30-17:30 | id startup-loan-yuzhou | hours | name the days before the times
            """)
    void unreadableHoursAreNamed(String what, String file, String from, String to, String record, String field,
            String message) throws IOException {
        DataCopy.into(copy).replace(file, from, to.replace("\\n", "\n"));
        assertProblem(file, record, field, message);
    }

    @Test
    void aMissingSourceIsNamed() throws IOException {
        Path file = DataCopy.into(copy).folder().resolve("regions.csv");
        Files.writeString(file, Files.readString(file).replaceFirst(
                "411081204,磨街乡,township,411081,\"[^\"]*\"", "411081204,磨街乡,township,411081,"));
        assertProblem("regions.csv", "code 411081204", "source", "is required");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        DataCopy.into(copy).replace("hotlines.yaml", "number: 0374-8297716", "number: 0374-829771")
                .replace("hotlines.yaml", "type: consultation\n  label: 创业担保贷款服务电话（长葛市）",
                        "type: hotline\n  label: 创业担保贷款服务电话（长葛市）");
        assertThatThrownBy(() -> directory.read(copy)).isInstanceOfSatisfying(DataLoadException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    private static DirectoryData.RegionData region(DirectoryData data, String code) {
        return data.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private void assertProblem(String file, String record, String field, String message) {
        assertThatThrownBy(() -> directory.read(copy))
                .isInstanceOfSatisfying(DataLoadException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo(file);
                        assertThat(p.record()).contains(record);
                        assertThat(p.field()).isEqualTo(field);
                        assertThat(p.message()).contains(message);
                    });
                    assertThat(e.getMessage()).contains(file).contains(record).contains("'" + field + "'");
                });
    }
}
