package cn.xuchang.directory.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.xuchang.directory.importer.DirectoryData.HotlineData;
import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.importer.DirectoryRecords.WindowRecord;

/**
 * 规范形式 (canonical form) of a record: the same facts always written the same way — empty lists and
 * false flags left out, numbers in their display form, codes normalized — so that two records can be
 * compared and hashed regardless of how an editor wrote them.
 */
final class Canonical {

    private Canonical() {
    }

    static OrganizationRecord of(OrganizationRecord r) {
        return new OrganizationRecord(r.id(), r.name(), blank(r.shortName()), r.parent(), r.region(),
                blank(r.description()), flag(r.retired()), r.source(), r.lastVerified());
    }

    static ServiceRecord of(ServiceRecord r) {
        return new ServiceRecord(r.id(), r.name(), list(r.aliases()), blank(r.description()), r.organization(),
                flag(r.retired()), r.source(), r.lastVerified());
    }

    /** A location without its windows, which are records of their own. */
    static LocationRecord of(LocationRecord r) {
        return new LocationRecord(r.id(), r.name(), blank(r.address()), r.region(), r.organization(),
                flag(r.retired()), r.source(), r.lastVerified(), null);
    }

    static WindowRecord of(WindowRecord r) {
        return new WindowRecord(r.id(), r.label(), blank(r.floor()), blank(r.zone()), blank(r.number()),
                r.organization(), sorted(r.services()), flag(r.retired()), r.source(), r.lastVerified());
    }

    static HotlineRecord of(HotlineData d) {
        HotlineRecord r = d.record();
        return hotline(r, d.number().display(), d.type().name(), d.status().name(), d.regionCodes(), r.lastVerified());
    }

    static HotlineRecord of(HotlineRecord r) {
        return hotline(r, r.number(), r.type(), r.status(), r.regions(), r.lastVerified());
    }

    private static HotlineRecord hotline(HotlineRecord r, String number, String type, String status,
            List<String> regions, LocalDate lastVerified) {
        return new HotlineRecord(r.id(), number, lower(type), r.label(), blank(r.description()), blank(r.hours()),
                r.organization(), sorted(r.services()), flag(r.nationwide()), sorted(regions), lower(status),
                r.mergedInto(), blank(r.statusNote()), r.source(), lastVerified);
    }

    private static String lower(String text) {
        return text == null ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static Boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
    }

    /** For lists that are sets (services, regions): order does not matter. */
    private static List<String> sorted(List<String> values) {
        return values == null || values.isEmpty() ? null : values.stream().sorted().distinct().toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null || values.isEmpty() ? null : List.copyOf(values);
    }
}
