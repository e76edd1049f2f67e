package cn.xuchang.directory.hotline;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.EditableKind;
import cn.xuchang.directory.editing.Validation;
import cn.xuchang.directory.editing.Versioned;
import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.RecordMapper;
import cn.xuchang.directory.organization.Organization;

/** How editors change hotlines: the data/ rules, and retirement through the hotline's status. */
@ApplicationScoped
public class HotlineEditing implements EditableKind<Hotline, HotlineRequest> {

    @Override
    public String name() {
        return "hotline";
    }

    @Override
    public Class<HotlineRequest> requestType() {
        return HotlineRequest.class;
    }

    @Override
    public Hotline find(String id) {
        return Hotline.findById(id);
    }

    @Override
    public Hotline newEntity(String id) {
        Hotline h = new Hotline();
        h.id = id;
        return h;
    }

    @Override
    public HotlineRequest toRequest(Hotline h) {
        HotlineRecord r = RecordMapper.toRecord(h);
        return new HotlineRequest(r.number(), r.type(), r.label(), r.description(), r.hours(), r.organization(),
                r.services(), r.nationwide(), r.regions(), r.status(), r.mergedInto(), r.statusNote(), r.source());
    }

    @Override
    public Organization owner(HotlineRequest request) {
        return request.organization() == null ? null : Organization.findById(request.organization());
    }

    @Override
    public void apply(HotlineRequest q, Hotline h, Validation validation) {
        if (q.status() != null && q.status().strip().equalsIgnoreCase("retired")) {
            validation.problem("status", "retire a hotline with POST …/retire, so that it can be restored");
        }
        HotlineRecord record = new HotlineRecord(h.id, q.number(), q.type(), q.label(), q.description(), q.hours(),
                q.organization(), q.services(), q.nationwide(), q.regions(), q.status(), q.mergedInto(),
                q.statusNote(), q.source(), null);
        validation.validator().hotline(validation.located(record)).ifPresent(data -> {
            if (validation.ok()) {
                RecordMapper.apply(data, h, validation);
                h.mergedInto = q.mergedInto() == null ? null : validation.hotline(q.mergedInto());
            }
        });
    }

    @Override
    public void setRetired(Hotline h, boolean retired) {
        h.status = retired ? HotlineStatus.RETIRED : HotlineStatus.ACTIVE;
        if (!retired) {
            h.mergedInto = null;
        }
    }

    @Override
    public boolean isRetired(Hotline h) {
        return h.status == HotlineStatus.RETIRED;
    }

    @Override
    public Versioned view(Hotline h) {
        return HotlineView.from(h);
    }
}
