package cn.xuchang.directory.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;

/**
 * 目录快照 (directory snapshot): an immutable in-memory copy of the directory, indexed for the questions
 * citizens ask, so that resolution and lookup answer without touching the database. A change makes a
 * new snapshot that shares everything the change did not touch ({@link #patched}), so that editing a
 * directory of a million hotlines costs what the change touches, not a million records.
 */
public final class DirectorySnapshot {

    private static final Comparator<HotlineView> BY_ID = Comparator.comparing(HotlineView::id);

    public static final DirectorySnapshot EMPTY = new DirectorySnapshot(0, List.of(), List.of(), List.of(), List.of(),
            List.of());

    private final long version;
    private final Map<String, RegionView> regions;
    private Map<String, ServiceView> services = new LinkedHashMap<>();
    private Map<String, OrganizationView> organizations = new LinkedHashMap<>();
    private Map<String, HotlineView> hotlines = new HashMap<>();
    private Map<String, Map<String, List<HotlineView>>> localByServiceAndRegion = new HashMap<>();
    private Map<String, Map<String, List<HotlineView>>> localByRegionAndService = new HashMap<>();
    private Map<String, List<HotlineView>> nationwideByService = new HashMap<>();
    private List<HotlineView> generalNationwide = new ArrayList<>();
    /** By number key: one hotline, or a list when several share the number (most numbers have one). */
    private Map<String, Object> byNumber = new HashMap<>();
    private Map<String, ServiceWindowView> windows = new HashMap<>();
    private Map<String, Map<String, List<ServiceWindowView>>> windowsByServiceAndRegion = new HashMap<>();

    public DirectorySnapshot(long version, List<RegionView> regions, List<ServiceView> services,
            List<OrganizationView> organizations, List<HotlineView> hotlines, List<ServiceWindowView> windows) {
        this.version = version;
        this.regions = new LinkedHashMap<>();
        regions.forEach(r -> this.regions.put(r.code(), r));
        services.forEach(s -> this.services.put(s.id(), s));
        organizations.forEach(o -> this.organizations.put(o.id(), o));
        List<HotlineView> sorted = new ArrayList<>(hotlines);
        sorted.sort(BY_ID);
        for (HotlineView h : sorted) {
            this.hotlines.put(h.id(), h);
            byNumber.merge(numberKey(h), h, DirectorySnapshot::both);
            if (h.status() == HotlineStatus.RETIRED || h.nationwide()) {
                continue;
            }
            for (ServiceRef s : h.services()) {
                for (RegionRef r : h.regions()) {
                    localByServiceAndRegion.computeIfAbsent(s.id(), k -> new HashMap<>())
                            .computeIfAbsent(r.code(), k -> new ArrayList<>()).add(h);
                    localByRegionAndService.computeIfAbsent(r.code(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(s.id(), k -> new ArrayList<>()).add(h);
                }
            }
        }
        indexNationwide();
        windows.forEach(w -> this.windows.put(w.id(), w));
        indexWindows();
    }

    /** A copy sharing this snapshot's regions and indexes until {@link #patched} replaces what it changes. */
    private DirectorySnapshot(long version, DirectorySnapshot base) {
        this.version = version;
        this.regions = base.regions;
        this.hotlines = new HashMap<>(base.hotlines);
        this.byNumber = new HashMap<>(base.byNumber);
        this.localByServiceAndRegion = new HashMap<>(base.localByServiceAndRegion);
        this.localByRegionAndService = new HashMap<>(base.localByRegionAndService);
        this.windows = new HashMap<>(base.windows);
    }

    /**
     * This snapshot with some records changed: services and organizations given whole (they are few), the
     * hotlines and windows that changed by id (null: no longer served). Everything else is shared.
     */
    public DirectorySnapshot patched(long newVersion, List<ServiceView> allServices,
            List<OrganizationView> allOrganizations, Map<String, HotlineView> changedHotlines,
            Map<String, ServiceWindowView> changedWindows) {
        DirectorySnapshot next = new DirectorySnapshot(newVersion, this);
        allServices.forEach(s -> next.services.put(s.id(), s));
        allOrganizations.forEach(o -> next.organizations.put(o.id(), o));
        Set<Object> copied = Collections.newSetFromMap(new IdentityHashMap<>());
        changedHotlines.forEach((id, view) -> {
            HotlineView old = next.hotlines.remove(id);
            if (old != null) {
                next.byNumber.computeIfPresent(numberKey(old), (k, v) -> without(v, old));
                next.placeLocal(old, false, copied);
            }
            if (view != null) {
                next.hotlines.put(id, view);
                next.byNumber.merge(numberKey(view), view, DirectorySnapshot::both);
                next.placeLocal(view, true, copied);
            }
        });
        next.indexNationwide();
        changedWindows.forEach((id, view) -> {
            if (view == null) {
                next.windows.remove(id);
            } else {
                next.windows.put(id, view);
            }
        });
        next.indexWindows();
        return next;
    }

    /** Adds or removes a local desk in both desk indexes, copying each inner map once per patch. */
    private void placeLocal(HotlineView h, boolean add,
            Set<Object> copied) {
        if (h.status() == HotlineStatus.RETIRED || h.nationwide()) {
            return;
        }
        for (ServiceRef s : h.services()) {
            for (RegionRef r : h.regions()) {
                Map<String, List<HotlineView>> byRegion = own(localByServiceAndRegion, s.id(), copied);
                byRegion.put(r.code(), changed(byRegion.get(r.code()), h, add));
                Map<String, List<HotlineView>> byService = own(localByRegionAndService, r.code(), copied);
                byService.put(s.id(), changed(byService.get(s.id()), h, add));
            }
        }
    }

    private static Map<String, List<HotlineView>> own(Map<String, Map<String, List<HotlineView>>> outer, String key,
            Set<Object> copied) {
        Map<String, List<HotlineView>> inner = outer.get(key);
        if (inner == null) {
            inner = new LinkedHashMap<>();
            copied.add(inner);
            outer.put(key, inner);
            return inner;
        }
        if (copied.contains(inner)) {
            return inner;
        }
        Map<String, List<HotlineView>> copy = new LinkedHashMap<>(inner);
        copied.add(copy);
        outer.put(key, copy);
        return copy;
    }

    /** A new list, in id order, with the hotline added or taken out. */
    private static List<HotlineView> changed(List<HotlineView> list, HotlineView h, boolean add) {
        List<HotlineView> next = new ArrayList<>(list == null ? List.of() : list);
        next.removeIf(other -> other.id().equals(h.id()));
        if (add) {
            next.add(h);
            next.sort(BY_ID);
        }
        return next;
    }

    private void indexNationwide() {
        Map<String, List<HotlineView>> byService = new HashMap<>();
        List<HotlineView> general = new ArrayList<>();
        hotlines.values().stream().filter(h -> h.nationwide() && h.status() != HotlineStatus.RETIRED).sorted(BY_ID)
                .forEach(h -> {
                    if (h.type() == HotlineType.GENERAL) {
                        general.add(h);
                    }
                    h.services().forEach(s -> byService.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(h));
                });
        nationwideByService = byService;
        generalNationwide = general;
    }

    private void indexWindows() {
        Map<String, Map<String, List<ServiceWindowView>>> index = new HashMap<>();
        windows.values().stream().sorted(Comparator.comparing(ServiceWindowView::id)).forEach(w -> {
            for (ServiceRef s : w.services()) {
                index.computeIfAbsent(s.id(), k -> new HashMap<>())
                        .computeIfAbsent(w.location().region().code(), k -> new ArrayList<>()).add(w);
            }
        });
        windowsByServiceAndRegion = index;
    }

    /** The database's change log position when the snapshot was read: equal on every instance for the same data. */
    public long version() {
        return version;
    }

    public RegionView region(String code) {
        return regions.get(code);
    }

    public Map<String, RegionView> regions() {
        return regions;
    }

    /** The region and those above it, most specific first. */
    public List<RegionView> selfAndAncestors(String code) {
        List<RegionView> chain = new ArrayList<>();
        for (RegionView r = regions.get(code); r != null && chain.size() < 10; r = regions.get(r.parentCode())) {
            chain.add(r);
            if (r.parentCode() == null) {
                break;
            }
        }
        return chain;
    }

    public ServiceView service(String id) {
        return services.get(id);
    }

    public Map<String, ServiceView> services() {
        return services;
    }

    public Map<String, OrganizationView> organizations() {
        return organizations;
    }

    public int hotlineCount() {
        return hotlines.size();
    }

    public HotlineView hotline(String id) {
        return hotlines.get(id);
    }

    /** Hotlines of a service whose service area lists exactly this region (not retired). */
    public List<HotlineView> localDesks(String serviceId, String regionCode) {
        return localByServiceAndRegion.getOrDefault(serviceId, Map.of()).getOrDefault(regionCode, List.of());
    }

    /** For a region, its own desks by service id (not retired). */
    public Map<String, List<HotlineView>> localDesksOf(String regionCode) {
        return localByRegionAndService.getOrDefault(regionCode, Map.of());
    }

    public List<HotlineView> nationwide(String serviceId) {
        return nationwideByService.getOrDefault(serviceId, List.of());
    }

    public List<HotlineView> generalNationwide() {
        return generalNationwide;
    }

    /** Hotlines with this number, keyed as {@code DialNumber.key()}: E.164 or the short number. */
    @SuppressWarnings("unchecked")
    public List<HotlineView> withNumber(String key) {
        Object found = byNumber.get(key);
        if (found == null) {
            return List.of();
        }
        return found instanceof HotlineView single ? List.of(single) : (List<HotlineView>) found;
    }

    public List<ServiceWindowView> windows(String serviceId, String regionCode) {
        return windowsByServiceAndRegion.getOrDefault(serviceId, Map.of()).getOrDefault(regionCode, List.of());
    }

    private static String numberKey(HotlineView h) {
        return h.e164() != null ? h.e164() : h.number();
    }

    @SuppressWarnings("unchecked")
    private static Object both(Object existing, Object added) {
        List<HotlineView> all = new ArrayList<>();
        if (existing instanceof HotlineView single) {
            all.add(single);
        } else {
            all.addAll((List<HotlineView>) existing);
        }
        all.add((HotlineView) added);
        all.sort(BY_ID);
        return all;
    }

    /** The number's entry without one hotline; null (entry removed) when none is left. */
    @SuppressWarnings("unchecked")
    private static Object without(Object existing, HotlineView gone) {
        if (existing instanceof HotlineView single) {
            return single.id().equals(gone.id()) ? null : single;
        }
        List<HotlineView> rest = new ArrayList<>((List<HotlineView>) existing);
        rest.removeIf(h -> h.id().equals(gone.id()));
        return rest.isEmpty() ? null : rest.size() == 1 ? rest.get(0) : rest;
    }
}
