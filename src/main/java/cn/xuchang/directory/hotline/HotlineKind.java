package cn.xuchang.directory.hotline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Singleton;

import cn.xuchang.directory.common.WireNames;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.organization.OrganizationKind;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.record.DataFiles;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.Located;
import cn.xuchang.directory.record.KindDefinition;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.record.RecordRules;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.service.ServiceKind;

/**
 * 热线 as a kind of record: the number checked with libphonenumber and kept in its display form,
 * retirement through the status, merged numbers linked once every hotline exists.
 */
@Singleton
public class HotlineKind extends KindDefinition<HotlineRecord, Hotline> {

    public static final String NAME = "hotline";
    private static final String NATIONAL_FILE = "national-hotlines.yaml";

    private final PhoneNumbers phones;

    public HotlineKind(PhoneNumbers phones) {
        super(NAME, 50, "hotlines.yaml", HotlineRecord.class, HotlineRequest.class, Hotline.class,
                Hotline::new, HotlineView::from, HotlineRecord::organization);
        this.phones = phones;
    }

    /** Local desks in hotlines.yaml, national numbers in national-hotlines.yaml. */
    @Override
    public List<Located<HotlineRecord>> read(DataFiles files) {
        List<Located<HotlineRecord>> all = new ArrayList<>(files.yaml(file(), HotlineRecord.class));
        all.addAll(files.yaml(NATIONAL_FILE, HotlineRecord.class));
        return all;
    }

    @Override
    public void export(List<Hotline> hotlines, DataFiles.Export export) {
        export.add(file(), hotlines.stream().filter(h -> !h.nationwide).map(this::toRecord).toList());
        export.add(NATIONAL_FILE, hotlines.stream().filter(h -> h.nationwide).map(this::toRecord).toList());
    }

    @Override
    public HotlineRecord check(Located<HotlineRecord> e, RecordRules rules) {
        HotlineRecord h = e.value();
        rules.text(e, "label", h.label(), Limits.NAME, true);
        rules.fits(e, "description", h.description(), Limits.DESCRIPTION);
        rules.hours(e, "hours", h.hours());
        rules.fits(e, "statusNote", h.statusNote(), Limits.STATUS_NOTE);
        rules.source(e, h.source());
        Optional<DialNumber> number = Optional.empty();
        if (rules.requireText(e, "number", h.number()) && rules.fits(e, "number", h.number(), Limits.PHONE_NUMBER)) {
            number = phones.parse(h.number());
            if (number.isEmpty()) {
                rules.problem(e, "number", "'" + h.number() + "' is not a valid Chinese phone or short number");
            }
        }
        HotlineType type = rules.oneOf(e, "type", h.type(), HotlineType.class);
        HotlineStatus status = rules.oneOf(e, "status", h.status(), HotlineStatus.class);
        rules.ref(e, "organization", OrganizationKind.NAME, h.organization());
        List<String> services = rules.refs(e, "services", ServiceKind.NAME, h.services(), Limits.SERVICES);
        List<String> regions = rules.regions(e, "regions", h.regions());
        boolean nationwide = Boolean.TRUE.equals(h.nationwide());
        if (nationwide == !regions.isEmpty()) {
            rules.problem(e, "regions", nationwide ? "a nationwide hotline lists no regions"
                    : "list the regions served, or set nationwide: true");
        }
        if (status == HotlineStatus.MERGED) {
            if (h.mergedInto() == null) {
                rules.problem(e, "mergedInto", "required when status is merged");
            } else if (h.mergedInto().equals(h.id())) {
                rules.problem(e, "mergedInto", "unknown hotline '" + h.mergedInto() + "'");
            } else {
                rules.ref(e, "mergedInto", NAME, h.mergedInto());
            }
        } else if (h.mergedInto() != null) {
            rules.problem(e, "mergedInto", "only a merged hotline names the one it was merged into");
        }
        return new HotlineRecord(h.id(), number.map(DialNumber::display).orElse(h.number()), lower(type, h.type()),
                h.label(), h.description(), h.hours(), h.organization(), services, nationwide ? Boolean.TRUE : null,
                regions.isEmpty() ? null : regions, lower(status, h.status()), h.mergedInto(), h.statusNote(),
                h.source(), h.lastVerified());
    }

    private static String lower(Enum<?> value, String raw) {
        return value == null ? raw : WireNames.of(value);
    }

    /** Everything but {@code mergedInto}, which {@link #link} sets once every hotline exists. */
    @Override
    protected void applyFields(HotlineRecord r, Hotline h, EntityRefs refs) {
        DialNumber number = phones.parse(r.number()).orElseThrow();
        if (!number.key().equals(h.numberKey) || !number.display().equals(h.display)) {
            h.setNumber(number);
        }
        h.type = HotlineType.valueOf(r.type().toUpperCase(Locale.ROOT));
        h.label = r.label();
        h.description = r.description();
        h.hours = r.hours();
        h.organization = refs.get(Organization.class, r.organization());
        link(h.services, r.services(), PublicService.class, refs);
        h.nationwide = Boolean.TRUE.equals(r.nationwide());
        link(h.regions, r.regions(), Region.class, refs);
        h.status = HotlineStatus.valueOf(r.status().toUpperCase(Locale.ROOT));
        h.statusNote = r.statusNote();
        if (r.mergedInto() == null) {
            h.mergedInto = null;
        }
    }

    @Override
    public boolean linksOthers(HotlineRecord record) {
        return record.mergedInto() != null;
    }

    @Override
    public void link(HotlineRecord r, Hotline h, EntityRefs refs) {
        Hotline merged = refs.get(Hotline.class, r.mergedInto());
        if (h.mergedInto == null ? merged != null : merged == null || !h.mergedInto.id.equals(merged.id)) {
            h.mergedInto = merged;
        }
    }

    @Override
    public HotlineRecord toRecord(Hotline h) {
        return new HotlineRecord(h.id, h.display, h.type == null ? null : WireNames.of(h.type),
                h.label, h.description, h.hours, id(h.organization),
                ids(h.services, s -> s.id),
                h.nationwide ? Boolean.TRUE : null,
                ids(h.regions, r -> r.code),
                h.status == null ? null : WireNames.of(h.status),
                h.mergedInto == null || h.status != HotlineStatus.MERGED ? null : h.mergedInto.id, h.statusNote,
                h.source, h.lastVerified);
    }

    @Override
    public boolean isRetired(Hotline h) {
        return h.status == HotlineStatus.RETIRED;
    }

    @Override
    public void setRetired(Hotline h, boolean retired) {
        h.status = retired ? HotlineStatus.RETIRED : HotlineStatus.ACTIVE;
        if (!retired) {
            h.mergedInto = null;
        }
    }

    @Override
    public void checkEdit(HotlineRecord record, Hotline current, EditCheck check) {
        if ("retired".equals(record.status())) {
            check.problem("status", "retire a hotline with POST …/retire, so that it can be restored");
        }
    }

    /** Nothing may stay merged into a hotline that is deleted. */
    @Override
    public void beforeDelete(Hotline h) {
        Hotline.update("mergedInto = null where mergedInto = ?1", h);
    }
}
