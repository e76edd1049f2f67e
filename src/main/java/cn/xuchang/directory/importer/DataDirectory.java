package cn.xuchang.directory.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.RegionNames;
import cn.xuchang.directory.importer.DirectoryRecords.RegionRow;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.phone.PhoneNumbers;

/** The data/ folder: which files it holds and how they are read and checked as one whole. */
@ApplicationScoped
public class DataDirectory {

    public static final String REGIONS = "regions.csv";
    public static final String REGION_NAMES = "region-names.yaml";
    public static final String ORGANIZATIONS = "organizations.yaml";
    public static final String SERVICES = "services.yaml";
    public static final String LOCATIONS = "locations.yaml";
    public static final String HOTLINES = "hotlines.yaml";
    public static final String NATIONAL_HOTLINES = "national-hotlines.yaml";

    private final PhoneNumbers phones;

    public DataDirectory(PhoneNumbers phones) {
        this.phones = phones;
    }

    /** Reads and checks every file; throws with all problems found, so a broken folder never half-loads. */
    public DirectoryData read(Path dir) {
        List<DataProblem> problems = new ArrayList<>();
        DataFileReader reader = new DataFileReader(dir, problems);
        DataValidator validator = new DataValidator(phones, problems);
        var regions = validator.regions(reader.csv(REGIONS, RegionRow.class, "code"),
                reader.yaml(REGION_NAMES, RegionNames.class));
        var organizations = validator.organizations(reader.yaml(ORGANIZATIONS, OrganizationRecord.class));
        var services = validator.services(reader.yaml(SERVICES, ServiceRecord.class));
        var locations = validator.locations(reader.yaml(LOCATIONS, LocationRecord.class));
        List<Located<HotlineRecord>> hotlineEntries = new ArrayList<>(reader.yaml(HOTLINES, HotlineRecord.class));
        hotlineEntries.addAll(reader.yaml(NATIONAL_HOTLINES, HotlineRecord.class));
        var hotlines = validator.hotlines(hotlineEntries);
        if (!problems.isEmpty()) {
            throw new DataLoadException(problems);
        }
        return new DirectoryData(regions, organizations, services, locations, hotlines);
    }
}
