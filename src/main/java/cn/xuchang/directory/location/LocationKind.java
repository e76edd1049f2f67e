package cn.xuchang.directory.location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.record.DataFiles;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.region.Region;

/** 服务场所 as a kind of record: the organization that runs the centre decides who may edit it. */
@Singleton
public class LocationKind extends KindDefinition<LocationRecord, Location> {

    public static final String NAME = "location";

    public LocationKind() {
        super(NAME, 30, FILE, LocationRecord.class, LocationRequest.class, Location.class,
                Location::new, LocationView::from, LocationRecord::organization);
    }
    static final String FILE = "locations.yaml";

    /** The location's own fields; its windows are checked as records of their own. */
    @Override
    public LocationRecord check(Located<LocationRecord> e, RecordRules rules) {
        LocationRecord l = e.value();
        rules.text(e, "name", l.name(), Limits.NAME, true);
        rules.fits(e, "address", l.address(), Limits.SOURCE);
        String datum = rules.coordinates(e, l.latitude(), l.longitude(), l.datum());
        rules.hours(e, "hours", l.hours());
        rules.source(e, l.source());
        rules.ref(e, "organization", OrganizationKind.NAME, l.organization());
        String region = rules.region(e, "region", l.region(), true).orElse(l.region());
        return new LocationRecord(l.id(), l.name(), l.address(), l.latitude(), l.longitude(), datum, l.hours(), region, l.organization(), l.retired(), l.source(),
                l.lastVerified(), l.windows());
    }

    @Override
    protected void applyFields(LocationRecord r, Location l, EntityRefs refs) {
        l.name = r.name();
        l.address = r.address();
        l.latitude = r.latitude();
        l.longitude = r.longitude();
        l.datum = r.datum();
        l.hours = r.hours();
        l.region = refs.get(Region.class, r.region());
        l.organization = refs.get(Organization.class, r.organization());
    }

    @Override
    public LocationRecord toRecord(Location l) {
        return new LocationRecord(l.id, l.name, l.address, l.latitude, l.longitude, l.datum, l.hours, code(l.region),
                id(l.organization), flag(l.retired), l.source,
                l.lastVerified, null);
    }

    /** A location without its windows, which are records of their own. */
    @Override
    public Object canonical(LocationRecord r) {
        return new LocationRecord(r.id(), r.name(), r.address(), r.latitude(), r.longitude(), r.datum(), r.hours(), r.region(), r.organization(), r.retired(),
                r.source(), r.lastVerified(), null);
    }

    /** Each location with its windows nested, as data/locations.yaml writes them. */
    @Override
    public void export(List<Location> locations, DataFiles.Export export) {
        Map<String, List<WindowRecord>> windows = new LinkedHashMap<>();
        ServiceWindow.<ServiceWindow>list("order by id").forEach(w -> windows
                .computeIfAbsent(w.location.id, k -> new ArrayList<>()).add(WindowKind.record(w).nested()));
        export.add(file(), locations.stream().map(l -> {
            LocationRecord r = toRecord(l);
            List<WindowRecord> nested = windows.getOrDefault(l.id, List.of());
            return new LocationRecord(r.id(), r.name(), r.address(), r.latitude(), r.longitude(), r.datum(), r.hours(), r.region(), r.organization(), r.retired(),
                    r.source(), r.lastVerified(), nested.isEmpty() ? null : nested);
        }).toList());
    }
}
