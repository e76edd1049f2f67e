package cn.xuchang.directory.snapshot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * citizens ask, so that resolution and lookup answer without touching the database.
 */
public final class DirectorySnapshot {

    public static final DirectorySnapshot EMPTY = new DirectorySnapshot(0, List.of(), List.of(), List.of(), List.of(),
            List.of());

    private final long version;
    private final Map<String, RegionView> regions = new LinkedHashMap<>();
    private final Map<String, ServiceView> services = new LinkedHashMap<>();
    private final Map<String, OrganizationView> organizations = new LinkedHashMap<>();
    private final Map<String, HotlineView> hotlines = new HashMap<>();
    private final Map<String, Map<String, List<HotlineView>>> localByServiceAndRegion = new HashMap<>();
    private final Map<String, Map<String, List<HotlineView>>> localByRegionAndService = new HashMap<>();
    private final Map<String, List<HotlineView>> nationwideByService = new HashMap<>();
    private final List<HotlineView> generalNationwide = new ArrayList<>();
    /** By number key: one hotline, or a list when several share the number (most numbers have one). */
    private final Map<String, Object> byNumber = new HashMap<>();
    private final Map<String, Map<String, List<ServiceWindowView>>> windowsByServiceAndRegion = new HashMap<>();

    public DirectorySnapshot(long version, List<RegionView> regions, List<ServiceView> services,
            List<OrganizationView> organizations, List<HotlineView> hotlines, List<ServiceWindowView> windows) {
        this.version = version;
        regions.forEach(r -> this.regions.put(r.code(), r));
        services.forEach(s -> this.services.put(s.id(), s));
        organizations.forEach(o -> this.organizations.put(o.id(), o));
        List<HotlineView> sorted = new ArrayList<>(hotlines);
        sorted.sort(Comparator.comparing(HotlineView::id));
        for (HotlineView h : sorted) {
            this.hotlines.put(h.id(), h);
            byNumber.merge(h.e164() != null ? h.e164() : h.number(), h, DirectorySnapshot::both);
            if (h.status() == HotlineStatus.RETIRED) {
                continue;
            }
            if (h.nationwide() && h.type() == HotlineType.GENERAL) {
                generalNationwide.add(h);
            }
            for (ServiceRef s : h.services()) {
                if (h.nationwide()) {
                    nationwideByService.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(h);
                    continue;
                }
                for (RegionRef r : h.regions()) {
                    localByServiceAndRegion.computeIfAbsent(s.id(), k -> new HashMap<>())
                            .computeIfAbsent(r.code(), k -> new ArrayList<>()).add(h);
                    localByRegionAndService.computeIfAbsent(r.code(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(s.id(), k -> new ArrayList<>()).add(h);
                }
            }
        }
        List<ServiceWindowView> sortedWindows = new ArrayList<>(windows);
        sortedWindows.sort(Comparator.comparing(ServiceWindowView::id));
        for (ServiceWindowView w : sortedWindows) {
            for (ServiceRef s : w.services()) {
                windowsByServiceAndRegion.computeIfAbsent(s.id(), k -> new HashMap<>())
                        .computeIfAbsent(w.location().region().code(), k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** The database's change counter when the snapshot was read: equal on every instance for the same data. */
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

    @SuppressWarnings("unchecked")
    private static Object both(Object existing, Object added) {
        List<HotlineView> all = new ArrayList<>();
        if (existing instanceof HotlineView single) {
            all.add(single);
        } else {
            all.addAll((List<HotlineView>) existing);
        }
        all.add((HotlineView) added);
        return all;
    }

    public List<ServiceWindowView> windows(String serviceId, String regionCode) {
        return windowsByServiceAndRegion.getOrDefault(serviceId, Map.of()).getOrDefault(regionCode, List.of());
    }
}
