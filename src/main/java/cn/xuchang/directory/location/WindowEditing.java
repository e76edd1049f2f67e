package cn.xuchang.directory.location;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.editing.EditableKind;
import cn.xuchang.directory.editing.Validation;
import cn.xuchang.directory.editing.Versioned;
import cn.xuchang.directory.importer.DirectoryRecords.WindowRecord;
import cn.xuchang.directory.importer.RecordMapper;
import cn.xuchang.directory.organization.Organization;

/** How editors change service windows: the organization that staffs a window decides who may. */
@ApplicationScoped
public class WindowEditing implements EditableKind<ServiceWindow, WindowRequest> {

    @Override
    public String name() {
        return "window";
    }

    @Override
    public Class<WindowRequest> requestType() {
        return WindowRequest.class;
    }

    @Override
    public ServiceWindow find(String id) {
        return ServiceWindow.findById(id);
    }

    @Override
    public ServiceWindow newEntity(String id) {
        ServiceWindow w = new ServiceWindow();
        w.id = id;
        return w;
    }

    @Override
    public WindowRequest toRequest(ServiceWindow w) {
        WindowRecord r = RecordMapper.toRecord(w);
        return new WindowRequest(w.location.id, r.label(), r.floor(), r.zone(), r.number(), r.organization(),
                r.services(), r.source());
    }

    @Override
    public Organization owner(WindowRequest request) {
        return request.organization() == null ? null : Organization.findById(request.organization());
    }

    @Override
    public void apply(WindowRequest q, ServiceWindow w, Validation validation) {
        Location location = q.location() == null ? null : Location.findById(q.location());
        if (location == null) {
            validation.problem("location", q.location() == null ? "is required" : "unknown location '" + q.location() + "'");
        }
        WindowRecord record = new WindowRecord(w.id, q.label(), q.floor(), q.zone(), q.number(), q.organization(),
                q.services(), w.retired ? Boolean.TRUE : null, q.source(), null);
        validation.validator().window(validation.located(record), "", record);
        if (validation.ok()) {
            RecordMapper.apply(record, location, w, validation);
        }
    }

    @Override
    public void setRetired(ServiceWindow w, boolean retired) {
        w.retired = retired;
    }

    @Override
    public boolean isRetired(ServiceWindow w) {
        return w.retired;
    }

    @Override
    public Versioned view(ServiceWindow w) {
        return ServiceWindowView.from(w);
    }
}
