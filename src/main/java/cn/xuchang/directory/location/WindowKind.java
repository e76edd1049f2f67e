package cn.xuchang.directory.location;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.record.DataFiles;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.service.ServiceKind;

/**
 * 办事窗口 as a kind of record: nested in its location in data/, a record of its own in the API; the
 * organization that staffs a window decides who may edit it.
 */
@Singleton
public class WindowKind extends KindDefinition<WindowRecord, ServiceWindow> {

    public static final String NAME = "window";

    public WindowKind() {
        super(NAME, 40, LocationKind.FILE, WindowRecord.class, WindowRequest.class, ServiceWindow.class,
                ServiceWindow::new, ServiceWindowView::from, WindowRecord::organization);
    }

    /** The windows nested in data/locations.yaml, each with the location it is in. */
    @Override
    public List<Located<WindowRecord>> read(DataFiles files) {
        List<Located<WindowRecord>> windows = new ArrayList<>();
        for (Located<LocationRecord> l : files.yaml(LocationKind.FILE, LocationRecord.class)) {
            List<WindowRecord> nested = l.value().windows() == null ? List.of() : l.value().windows();
            for (int i = 0; i < nested.size(); i++) {
                WindowRecord w = nested.get(i);
                // A window nested in a location is in that location (an empty entry is reported as such).
                windows.add(l.nested("windows[" + i + "].", w == null || w.location() != null ? w : w.in(l.value().id())));
            }
        }
        return windows;
    }

    @Override
    public WindowRecord check(Located<WindowRecord> e, RecordRules rules) {
        WindowRecord w = e.value();
        rules.requireText(e, "location", w.location());
        rules.ref(e, "location", LocationKind.NAME, w.location());
        rules.text(e, "label", w.label(), Limits.NAME, true);
        rules.fits(e, "floor", w.floor(), Limits.WINDOW_PART);
        rules.fits(e, "zone", w.zone(), Limits.WINDOW_PART);
        rules.fits(e, "number", w.number(), Limits.WINDOW_PART);
        rules.hours(e, "hours", w.hours());
        rules.source(e, w.source());
        rules.ref(e, "organization", OrganizationKind.NAME, w.organization());
        List<String> services = rules.refs(e, "services", ServiceKind.NAME, w.services(), Limits.SERVICES);
        return new WindowRecord(w.id(), w.location(), w.label(), w.floor(), w.zone(), w.number(), w.hours(),
                w.organization(),
                services, w.retired(), w.source(), w.lastVerified());
    }

    @Override
    protected void applyFields(WindowRecord r, ServiceWindow w, EntityRefs refs) {
        w.location = refs.get(Location.class, r.location());
        w.label = r.label();
        w.floor = r.floor();
        w.zone = r.zone();
        w.number = r.number();
        w.hours = r.hours();
        w.organization = refs.get(Organization.class, r.organization());
        link(w.services, r.services(), PublicService.class, refs);
    }

    @Override
    public WindowRecord toRecord(ServiceWindow w) {
        return record(w);
    }

    static WindowRecord record(ServiceWindow w) {
        return new WindowRecord(w.id, id(w.location), w.label, w.floor, w.zone, w.number, w.hours,
                id(w.organization),
                ids(w.services, s -> s.id),
                flag(w.retired), w.source, w.lastVerified);
    }

    /** Windows are written nested in their locations ({@link LocationKind#export}). */
    @Override
    public void export(List<ServiceWindow> windows, DataFiles.Export export) {
    }
}
