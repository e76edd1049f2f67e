package cn.xuchang.directory.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import cn.xuchang.directory.hotline.Hotline;
import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.importer.DirectoryData.HotlineData;
import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.importer.DirectoryRecords.WindowRecord;
import cn.xuchang.directory.location.Location;
import cn.xuchang.directory.location.ServiceWindow;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;

/**
 * Maps directory records — the shape of data/ and of the write API — onto entities, and entities back
 * onto records for export. Setting a field to the value it has causes no write.
 */
public final class RecordMapper {

    /** Finds the entities a record refers to. */
    public interface Refs {
        Region region(String code);

        Organization organization(String id);

        PublicService service(String id);

        Hotline hotline(String id);
    }

    private RecordMapper() {
    }

    public static void apply(OrganizationRecord r, Organization o, Refs refs) {
        o.name = r.name();
        o.shortName = r.shortName();
        o.parent = r.parent() == null ? null : refs.organization(r.parent());
        o.region = r.region() == null ? null : refs.region(r.region());
        o.description = r.description();
        o.retired = Boolean.TRUE.equals(r.retired());
        o.source = r.source();
        if (r.lastVerified() != null) {
            o.lastVerified = r.lastVerified();
        }
    }

    public static void apply(ServiceRecord r, PublicService s, Refs refs) {
        s.name = r.name();
        replace(s.aliases, r.aliases() == null ? List.of() : r.aliases());
        s.description = r.description();
        s.organization = r.organization() == null ? null : refs.organization(r.organization());
        s.retired = Boolean.TRUE.equals(r.retired());
        s.source = r.source();
        if (r.lastVerified() != null) {
            s.lastVerified = r.lastVerified();
        }
    }

    public static void apply(LocationRecord r, Location l, Refs refs) {
        l.name = r.name();
        l.address = r.address();
        l.region = refs.region(r.region());
        l.organization = r.organization() == null ? null : refs.organization(r.organization());
        l.retired = Boolean.TRUE.equals(r.retired());
        l.source = r.source();
        if (r.lastVerified() != null) {
            l.lastVerified = r.lastVerified();
        }
    }

    public static void apply(WindowRecord r, Location location, ServiceWindow w, Refs refs) {
        w.location = location;
        w.label = r.label();
        w.floor = r.floor();
        w.zone = r.zone();
        w.number = r.number();
        w.organization = r.organization() == null ? null : refs.organization(r.organization());
        replace(w.services, refs(r.services(), refs));
        w.retired = Boolean.TRUE.equals(r.retired());
        w.source = r.source();
        if (r.lastVerified() != null) {
            w.lastVerified = r.lastVerified();
        }
    }

    /** Everything but {@code mergedInto}, which the caller sets once every hotline exists. */
    public static void apply(HotlineData d, Hotline h, Refs refs) {
        HotlineRecord r = d.record();
        if (!d.number().key().equals(h.numberKey) || !d.number().display().equals(h.display)) {
            h.setNumber(d.number());
        }
        h.type = d.type();
        h.label = r.label();
        h.description = r.description();
        h.hours = r.hours();
        h.organization = r.organization() == null ? null : refs.organization(r.organization());
        replace(h.services, refs(r.services(), refs));
        h.nationwide = Boolean.TRUE.equals(r.nationwide());
        List<Region> regions = new ArrayList<>();
        d.regionCodes().forEach(code -> regions.add(refs.region(code)));
        replace(h.regions, regions);
        h.status = d.status();
        h.statusNote = r.statusNote();
        h.source = r.source();
        if (r.lastVerified() != null) {
            h.lastVerified = r.lastVerified();
        }
    }

    public static OrganizationRecord toRecord(Organization o) {
        return new OrganizationRecord(o.id, o.name, o.shortName, o.parent == null ? null : o.parent.id,
                o.region == null ? null : o.region.code, o.description, o.retired ? Boolean.TRUE : null, o.source,
                o.lastVerified);
    }

    public static ServiceRecord toRecord(PublicService s) {
        return new ServiceRecord(s.id, s.name, s.aliases.isEmpty() ? null : List.copyOf(s.aliases), s.description,
                s.organization == null ? null : s.organization.id, s.retired ? Boolean.TRUE : null, s.source,
                s.lastVerified);
    }

    /** The location with the windows given (in the order given). */
    public static LocationRecord toRecord(Location l, List<ServiceWindow> windows) {
        List<WindowRecord> records = windows.stream().map(RecordMapper::toRecord).toList();
        return new LocationRecord(l.id, l.name, l.address, l.region.code,
                l.organization == null ? null : l.organization.id, l.retired ? Boolean.TRUE : null, l.source,
                l.lastVerified, records.isEmpty() ? null : records);
    }

    public static WindowRecord toRecord(ServiceWindow w) {
        return new WindowRecord(w.id, w.label, w.floor, w.zone, w.number,
                w.organization == null ? null : w.organization.id,
                w.services.isEmpty() ? null : w.services.stream().map(s -> s.id).sorted().toList(),
                w.retired ? Boolean.TRUE : null, w.source, w.lastVerified);
    }

    public static HotlineRecord toRecord(Hotline h) {
        return new HotlineRecord(h.id, h.display, h.type.name().toLowerCase(Locale.ROOT), h.label, h.description,
                h.hours, h.organization == null ? null : h.organization.id,
                h.services.isEmpty() ? null : h.services.stream().map(s -> s.id).sorted().toList(),
                h.nationwide ? Boolean.TRUE : null,
                h.regions.isEmpty() ? null : h.regions.stream().map(r -> r.code).sorted().toList(),
                h.status.name().toLowerCase(Locale.ROOT), h.mergedInto == null || h.status != HotlineStatus.MERGED
                        ? null : h.mergedInto.id, h.statusNote, h.source, h.lastVerified);
    }

    private static List<PublicService> refs(Collection<String> ids, Refs refs) {
        return ids == null ? List.of() : ids.stream().map(refs::service).toList();
    }

    /** Replaces a list's content only when it differs, so an unchanged record causes no SQL. */
    private static <T> void replace(List<T> target, Collection<T> values) {
        List<T> wanted = List.copyOf(new LinkedHashSet<>(values));
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    /** Replaces a set's content only when it differs. */
    private static <T> void replace(Set<T> target, Collection<T> values) {
        Set<T> wanted = new LinkedHashSet<>(values);
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }
}
