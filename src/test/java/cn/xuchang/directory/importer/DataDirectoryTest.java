package cn.xuchang.directory.importer;

import cn.xuchang.directory.hotline.HotlineRecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.region.RegionLevel;

/** Reading data/: the real folder loads; broken copies are refused with file, record and field named. */
class DataDirectoryTest {

    static final Path DATA = Path.of("data");

    private final DataDirectory directory = new DataDirectory(TestKinds.all());

    @TempDir
    Path copy;

    @Test
    void theRealDataLoads() {
        DirectoryData data = directory.read(DATA);
        assertThat(data.regions()).hasSize(114);
        assertThat(data.regions()).filteredOn(r -> r.level() == RegionLevel.FUNCTION_AREA)
                .extracting(DirectoryData.RegionData::name).containsExactlyInAnyOrder("许昌经济技术开发区", "东城区");
        assertThat(data.<HotlineRecord>records("hotline")).hasSize(14);
        assertThat(data.<HotlineRecord>records("hotline")).filteredOn(h -> h.id().equals("startup-loan-yuzhou"))
                .singleElement().satisfies(h -> assertThat(h.number()).isEqualTo("0374-8297716"));
    }

    @Test
    void derivedNamesAndCorrectedPinyin() {
        DirectoryData data = directory.read(DATA);
        DirectoryData.RegionData changge = region(data, "411082");
        assertThat(changge.pinyin()).isEqualTo("chang ge shi");
        assertThat(changge.aliases()).contains("长葛");
        assertThat(region(data, "411071").aliases()).contains("经开区");
        assertThat(region(data, "411081109").pinyin()).isEqualTo("jiu shan zhen");
    }

    @Test
    void anUnknownRegionCodeIsNamed() throws IOException {
        copyData();
        replace("hotlines.yaml", "regions: [\"411081\"]", "regions: [\"411089\"]");
        assertProblem("hotlines.yaml", "id startup-loan-yuzhou", "regions", "unknown region code '411089'");
    }

    @Test
    void anInvalidPhoneNumberIsNamed() throws IOException {
        copyData();
        replace("hotlines.yaml", "number: 0374-8297716", "number: 0374-829771");
        assertProblem("hotlines.yaml", "id startup-loan-yuzhou", "number", "not a valid");
    }

    @Test
    void aDuplicateIdIsNamed() throws IOException {
        copyData();
        replace("hotlines.yaml", "id: startup-loan-changge", "id: startup-loan-yuzhou");
        assertProblem("hotlines.yaml", "id startup-loan-yuzhou", "id", "duplicate id 'startup-loan-yuzhou'");
    }

    @Test
    void aDanglingReferenceIsNamed() throws IOException {
        copyData();
        replace("locations.yaml", "services: [startup-guarantee-loan]", "services: [startup-loan]");
        assertProblem("locations.yaml", "id xuchang-citizen-centre", "windows[0].services",
                "unknown service 'startup-loan'");
    }

    @Test
    void aMisspelledFieldIsNamed() throws IOException {
        copyData();
        replace("organizations.yaml", "shortName: 市人社局", "shortname: 市人社局");
        assertProblem("organizations.yaml", "id xuchang-hrss", "shortname", "unknown field");
    }

    @Test
    void aMissingSourceIsNamed() throws IOException {
        copyData();
        Path file = copy.resolve("regions.csv");
        Files.writeString(file, Files.readString(file).replaceFirst(
                "411081204,磨街乡,township,411081,\"[^\"]*\"", "411081204,磨街乡,township,411081,"));
        assertProblem("regions.csv", "code 411081204", "source", "is required");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        copyData();
        replace("hotlines.yaml", "number: 0374-8297716", "number: 0374-829771");
        replace("hotlines.yaml", "type: consultation\n  label: 创业担保贷款服务电话（长葛市）",
                "type: hotline\n  label: 创业担保贷款服务电话（长葛市）");
        assertThatThrownBy(() -> directory.read(copy)).isInstanceOfSatisfying(DataLoadException.class,
                e -> assertThat(e.problems()).hasSize(2));
    }

    private static DirectoryData.RegionData region(DirectoryData data, String code) {
        return data.regions().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    private void copyData() throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = copy.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
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
