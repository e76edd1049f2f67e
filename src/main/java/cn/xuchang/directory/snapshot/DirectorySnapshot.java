package cn.xuchang.directory.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.xuchang.directory.channel.ChannelView;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceView;

/**
 * 目录快照 (directory snapshot): an immutable in-memory copy of the directory, indexed for the questions
 * citizens ask, so that resolution and lookup answer without touching the database. Every snapshot is
 * made one way, by a {@link SnapshotBuilder}: a full read is a patch of {@link #EMPTY}, and a change
 * makes a new snapshot that shares everything the change did not touch, so that editing a directory of
 * a million hotlines costs what the change touches, not a million records.
 */
public final class DirectorySnapshot {

    public static final DirectorySnapshot EMPTY = new SnapshotBuilder().build(0);

    private final long version;
    // Package-private for the next SnapshotBuilder, which shares them and copies only what it changes.
    final Map<String, RegionView> regions;
    final Map<String, ServiceView> services;
    final Map<String, OrganizationView> organizations;
    final Map<String, ChannelView> channels;
    /** Every hotline read, retired ones too: a retired number is still found by id and by number. */
    final Map<String, HotlineView> hotlines;
    final NumberIndex numbers;
    final Map<String, Map<String, List<HotlineView>>> localByServiceAndRegion;
    /** Per region, its desks by service, ordered by their first hotline's id, then service id. */
    final Map<String, Map<String, List<HotlineView>>> localByRegionAndService;
    final Map<String, List<HotlineView>> nationwideByService;
    final List<HotlineView> generalNationwide;
    /** Kept so that the next patch can find what a changed window was indexed under. */
    final Map<String, ServiceWindowView> windows;
    final Map<String, Map<String, List<ServiceWindowView>>> windowsByServiceAndRegion;
    /** Service centres in service, without their windows (those are {@link #windowsAt}). */
    final Map<String, LocationView> locations;
    final Map<String, List<ServiceWindowView>> windowsByLocation;

    /**
     * Takes the builder's maps and lists as they are: nothing changes them after {@code build}, and those
     * handed out to readers are read-only views.
     */
    DirectorySnapshot(long version, SnapshotBuilder built) {
        this.version = version;
        this.regions = built.regions;
        this.services = built.services;
        this.organizations = built.organizations;
        this.channels = built.channels;
        this.hotlines = built.hotlines;
        this.numbers = built.numbers;
        this.localByServiceAndRegion = built.localByServiceAndRegion;
        this.localByRegionAndService = built.localByRegionAndService;
        this.nationwideByService = built.nationwideByService;
        this.generalNationwide = built.generalNationwide;
        this.windows = built.windows;
        this.windowsByServiceAndRegion = built.windowsByServiceAndRegion;
        this.locations = built.locations;
        this.windowsByLocation = built.windowsByLocation;
    }

    /** A builder starting from this snapshot; {@code EMPTY.patch()} starts a full read. */
    SnapshotBuilder patch() {
        return new SnapshotBuilder(this);
    }

    /** The database's change log position when the snapshot was read: equal on every instance for the same data. */
    public long version() {
        return version;
    }

    public RegionView region(String code) {
        return regions.get(code);
    }

    /** Every region by code, in code order. */
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

    /** Services in service, by id, in id order. */
    public Map<String, ServiceView> services() {
        return services;
    }

    /** Organizations in service, by id, in id order. */
    public Map<String, OrganizationView> organizations() {
        return organizations;
    }

    /** Online channels in service, by id, in id order. */
    public Map<String, ChannelView> channels() {
        return channels;
    }

    public int hotlineCount() {
        return hotlines.size();
    }

    /** Every hotline being served (not retired), in no particular order. */
    public java.util.Collection<HotlineView> hotlines() {
        return hotlines.values();
    }

    public HotlineView hotline(String id) {
        return hotlines.get(id);
    }

    /** Hotlines of a service whose service area lists exactly this region (not retired, not nationwide), by id. */
    public List<HotlineView> localDesks(String serviceId, String regionCode) {
        return localByServiceAndRegion.getOrDefault(serviceId, Map.of()).getOrDefault(regionCode, List.of());
    }

    /** For a region, its own desks by service id (not retired, not nationwide); empty when it has none. */
    public Map<String, List<HotlineView>> localDesksOf(String regionCode) {
        return localByRegionAndService.getOrDefault(regionCode, Map.of());
    }

    /** National numbers (not retired) that list the service, by id. */
    public List<HotlineView> nationwide(String serviceId) {
        return nationwideByService.getOrDefault(serviceId, List.of());
    }

    /** National numbers (not retired) for any question, such as 12345, by id. */
    public List<HotlineView> generalNationwide() {
        return generalNationwide;
    }

    /** Hotlines with this number, retired ones too, keyed as {@code DialNumber.key()}: E.164 or the short number. */
    public List<HotlineView> withNumber(String key) {
        return numbers.get(key);
    }

    /** Every window in service, in no particular order. */
    public java.util.Collection<ServiceWindowView> windows() {
        return java.util.Collections.unmodifiableCollection(windows.values());
    }

    /** Windows in service for a service in exactly this region, by id. */
    public List<ServiceWindowView> windows(String serviceId, String regionCode) {
        return windowsByServiceAndRegion.getOrDefault(serviceId, Map.of()).getOrDefault(regionCode, List.of());
    }

    /** Every service centre in service (not retired), without its windows, in no particular order. */
    public java.util.Collection<LocationView> locations() {
        return java.util.Collections.unmodifiableCollection(locations.values());
    }

    /** The service centre in service with this id, without its windows; null when there is none. */
    public LocationView location(String id) {
        return locations.get(id);
    }

    /** The windows in service at a centre, by id. */
    public List<ServiceWindowView> windowsAt(String locationId) {
        return windowsByLocation.getOrDefault(locationId, List.of());
    }
}
