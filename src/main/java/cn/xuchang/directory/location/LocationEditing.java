package cn.xuchang.directory.location;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.EditableKind;
import cn.xuchang.directory.editing.Validation;
import cn.xuchang.directory.editing.Versioned;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.RecordMapper;
import cn.xuchang.directory.organization.Organization;

/** How editors change service centres: the organization that runs one may; one without is for admins. */
@ApplicationScoped
public class LocationEditing implements EditableKind<Location, LocationRequest> {

    @Override
    public String name() {
        return "location";
    }

    @Override
    public Class<LocationRequest> requestType() {
        return LocationRequest.class;
    }

    @Override
    public Location find(String id) {
        return Location.findById(id);
    }

    @Override
    public Location newEntity(String id) {
        Location l = new Location();
        l.id = id;
        return l;
    }

    @Override
    public LocationRequest toRequest(Location l) {
        LocationRecord r = RecordMapper.toRecord(l, List.of());
        return new LocationRequest(r.name(), r.address(), r.region(), r.organization(), r.source());
    }

    @Override
    public Organization owner(LocationRequest request) {
        return request.organization() == null ? null : Organization.findById(request.organization());
    }

    @Override
    public void apply(LocationRequest q, Location l, Validation validation) {
        LocationRecord record = validation.validator().location(validation.located(new LocationRecord(l.id, q.name(),
                q.address(), q.region(), q.organization(), l.retired ? Boolean.TRUE : null, q.source(), null,
                List.of())));
        if (validation.ok()) {
            RecordMapper.apply(record, l, validation);
        }
    }

    @Override
    public void setRetired(Location l, boolean retired) {
        l.retired = retired;
    }

    @Override
    public boolean isRetired(Location l) {
        return l.retired;
    }

    @Override
    public Versioned view(Location l) {
        return LocationView.from(l);
    }
}
