package cn.xuchang.directory.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import cn.xuchang.directory.hotline.Hotline;
import cn.xuchang.directory.importer.DirectoryData.HotlineData;
import cn.xuchang.directory.importer.DirectoryData.RegionData;
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
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Writes checked data/ records into the database in one transaction: new records are inserted,
 * changed ones updated, records gone from data/ deleted. Applying the same data twice changes nothing.
 */
@ApplicationScoped
public class DataImporter {

    private final EntityManager em;

    public DataImporter(EntityManager em) {
        this.em = em;
    }

    /** How many records of each kind the database holds after an import, and how many were deleted. */
    public record Summary(int regions, int organizations, int services, int locations, int windows, int hotlines,
            int deleted) {
    }

    @Transactional
    public Summary apply(DirectoryData data) {
        Map<String, Region> regions = byId(Region.<Region>listAll(), r -> r.code);
        Map<String, Organization> organizations = byId(Organization.<Organization>listAll(), o -> o.id);
        Map<String, PublicService> services = byId(PublicService.<PublicService>listAll(), s -> s.id);
        Map<String, Location> locations = byId(Location.<Location>listAll(), l -> l.id);
        Map<String, ServiceWindow> windows = byId(ServiceWindow.<ServiceWindow>listAll(), w -> w.id);
        Map<String, Hotline> hotlines = byId(Hotline.<Hotline>listAll(), h -> h.id);

        Set<String> keptRegions = new LinkedHashSet<>();
        for (RegionData d : data.regions()) {
            Region r = upsert(regions, d.code(), Region::new, created -> created.code = d.code());
            r.name = d.name();
            r.level = d.level();
            r.parent = d.parentCode() == null ? null : regions.get(d.parentCode());
            r.pinyin = d.pinyin();
            replace(r.aliases, d.aliases());
            r.source = d.source();
            r.persist();
            keptRegions.add(d.code());
        }

        Set<String> keptOrganizations = new LinkedHashSet<>();
        for (OrganizationRecord d : data.organizations()) {
            Organization o = upsert(organizations, d.id(), Organization::new, created -> created.id = d.id());
            o.name = d.name();
            o.shortName = d.shortName();
            o.parent = d.parent() == null ? null : organizations.get(d.parent());
            o.region = d.region() == null ? null : regions.get(d.region());
            o.description = d.description();
            o.source = d.source();
            o.persist();
            keptOrganizations.add(d.id());
        }

        Set<String> keptServices = new LinkedHashSet<>();
        for (ServiceRecord d : data.services()) {
            PublicService s = upsert(services, d.id(), PublicService::new, created -> created.id = d.id());
            s.name = d.name();
            replace(s.aliases, d.aliases() == null ? List.of() : d.aliases());
            s.description = d.description();
            s.organization = d.organization() == null ? null : organizations.get(d.organization());
            s.source = d.source();
            s.persist();
            keptServices.add(d.id());
        }

        Set<String> keptLocations = new LinkedHashSet<>();
        Set<String> keptWindows = new LinkedHashSet<>();
        for (LocationRecord d : data.locations()) {
            Location l = upsert(locations, d.id(), Location::new, created -> created.id = d.id());
            l.name = d.name();
            l.address = d.address();
            l.region = regions.get(d.region());
            l.source = d.source();
            l.persist();
            keptLocations.add(d.id());
            for (WindowRecord wd : d.windows()) {
                ServiceWindow w = upsert(windows, wd.id(), ServiceWindow::new, created -> created.id = wd.id());
                w.location = l;
                w.label = wd.label();
                w.floor = wd.floor();
                w.zone = wd.zone();
                w.number = wd.number();
                w.organization = wd.organization() == null ? null : organizations.get(wd.organization());
                replace(w.services, refs(wd.services(), services));
                w.source = wd.source();
                w.persist();
                keptWindows.add(wd.id());
            }
        }

        Set<String> keptHotlines = new LinkedHashSet<>();
        for (HotlineData d : data.hotlines()) {
            HotlineRecord r = d.record();
            Hotline h = upsert(hotlines, r.id(), Hotline::new, created -> created.id = r.id());
            h.setNumber(d.number());
            h.type = d.type();
            h.label = r.label();
            h.description = r.description();
            h.hours = r.hours();
            h.organization = r.organization() == null ? null : organizations.get(r.organization());
            replace(h.services, refs(r.services(), services));
            h.nationwide = Boolean.TRUE.equals(r.nationwide());
            replace(h.regions, refs(d.regionCodes(), regions));
            h.status = d.status();
            h.statusNote = r.statusNote();
            h.source = r.source();
            h.lastVerified = r.lastVerified();
            h.persist();
            keptHotlines.add(r.id());
        }
        em.flush();
        for (HotlineData d : data.hotlines()) {
            Hotline h = hotlines.get(d.record().id());
            Hotline target = d.record().mergedInto() == null ? null : hotlines.get(d.record().mergedInto());
            if (!Objects.equals(h.mergedInto, target)) {
                h.mergedInto = target;
            }
        }

        int deleted = 0;
        deleted += deleteMissing(hotlines, keptHotlines, h -> h.mergedInto = null);
        deleted += deleteMissing(windows, keptWindows, w -> { });
        deleted += deleteMissing(locations, keptLocations, l -> { });
        deleted += deleteMissing(services, keptServices, s -> { });
        deleted += deleteMissing(organizations, keptOrganizations, o -> o.parent = null);
        List<Region> goneRegions = new ArrayList<>(regions.values());
        goneRegions.removeIf(r -> keptRegions.contains(r.code));
        goneRegions.sort(Comparator.comparing((Region r) -> r.code.length()).reversed());
        for (Region r : goneRegions) {
            r.delete();
            em.flush();
            deleted++;
        }
        em.flush();
        return new Summary(keptRegions.size(), keptOrganizations.size(), keptServices.size(), keptLocations.size(),
                keptWindows.size(), keptHotlines.size(), deleted);
    }

    private static <E extends PanacheEntityBase> Map<String, E> byId(List<E> entities, Function<E, String> id) {
        Map<String, E> map = new HashMap<>();
        for (E e : entities) {
            map.put(id.apply(e), e);
        }
        return map;
    }

    /** The existing entity with this id, or a new one the caller fills in and then persists. */
    private static <E extends PanacheEntityBase> E upsert(Map<String, E> existing, String id, Supplier<E> factory,
            java.util.function.Consumer<E> init) {
        E entity = existing.get(id);
        if (entity == null) {
            entity = factory.get();
            init.accept(entity);
            existing.put(id, entity);
        }
        return entity;
    }

    private static <T> List<T> refs(Collection<String> ids, Map<String, T> entities) {
        return ids == null ? List.of() : ids.stream().map(entities::get).toList();
    }

    /** Replaces a list's content only when it differs, so an unchanged record causes no SQL. */
    private static <T> void replace(List<T> target, Collection<T> values) {
        List<T> wanted = List.copyOf(new LinkedHashSet<>(values));
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    /** Replaces a collection's content only when it differs, so an unchanged record causes no SQL. */
    private static <T> void replace(Set<T> target, Collection<T> values) {
        Set<T> wanted = new LinkedHashSet<>(values);
        if (!target.equals(wanted)) {
            target.clear();
            target.addAll(wanted);
        }
    }

    private <E extends PanacheEntityBase> int deleteMissing(Map<String, E> entities, Set<String> kept,
            java.util.function.Consumer<E> detach) {
        List<E> gone = entities.entrySet().stream().filter(e -> !kept.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
        gone.forEach(detach);
        em.flush();
        gone.forEach(PanacheEntityBase::delete);
        em.flush();
        return gone.size();
    }
}
