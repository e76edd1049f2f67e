package cn.xuchang.directory.hsds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * HSDS 目录 (HSDS catalogue): one snapshot of the directory mapped onto HSDS objects. HSDS ties phones to
 * services, not to the places they serve, so each service becomes one HSDS service of its own (with the windows
 * where it is done) and one more per desk that answers it: the service as that hotline answers it, with the
 * phone and the regions it serves as service areas. Only records in service are published.
 */
final class HsdsCatalog {

    static final String IDENTIFIER_SCHEME = "xuchang-directory";
    /**
     * HSDS requires an organization's description; when no source gives one, it says so rather than make one up.
     */
    static final String NO_DESCRIPTION = "本目录暂无该机构的简介（来源未载）。 No source gives a description.";

    final List<Hsds.Organization> organizations;
    final Map<String, Hsds.Organization> organizationsById;
    final List<Hsds.Service> services;
    final Map<String, Hsds.Service> servicesById;
    /** The list forms of the services, and of each organization's. */
    final List<Hsds.Service> serviceSummaries;
    final Map<String, List<Hsds.Service>> serviceSummariesByOrganization;
    final List<Hsds.Location> locations;
    final Map<String, Hsds.Location> locationsById;
    final List<Hsds.ServiceAtLocation> serviceAtLocations;
    final Map<String, Hsds.ServiceAtLocation> serviceAtLocationsById;

    HsdsCatalog(DirectorySnapshot snapshot) {
        organizations = snapshot.organizations().values().stream().map(HsdsCatalog::organization).toList();
        organizationsById = byId(organizations, Hsds.Organization::id);
        Map<String, List<ServiceWindowView>> windowsByService = windowsByService(snapshot);
        serviceAtLocations = windowsByService.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(w -> serviceAtLocation(w, e.getKey()))).toList();
        serviceAtLocationsById = byId(serviceAtLocations, Hsds.ServiceAtLocation::id);
        Map<String, List<HotlineView>> desksByService = desksByService(snapshot);
        List<Hsds.Service> all = new ArrayList<>();
        for (ServiceView service : snapshot.services().values()) {
            all.add(ofService(service, windowsByService.getOrDefault(service.id(), List.of())));
            for (HotlineView desk : desksByService.getOrDefault(service.id(), List.of())) {
                all.add(ofDesk(service, desk));
            }
        }
        services = List.copyOf(all);
        servicesById = byId(services, Hsds.Service::id);
        serviceSummaries = services.stream().map(Hsds.Service::summary).toList();
        serviceSummariesByOrganization = serviceSummaries.stream().filter(s -> s.organizationId() != null)
                .collect(Collectors.groupingBy(Hsds.Service::organizationId, Collectors.toUnmodifiableList()));
        Map<String, Hsds.Location> byOurId = new java.util.TreeMap<>();
        serviceAtLocations.forEach(at -> byOurId.putIfAbsent(at.location().externalIdentifier(), at.location()));
        locations = List.copyOf(byOurId.values());
        locationsById = byId(locations, Hsds.Location::id);
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        return items.stream().collect(Collectors.toMap(id, t -> t, (a, b) -> a, LinkedHashMap::new));
    }

    private static Map<String, List<ServiceWindowView>> windowsByService(DirectorySnapshot snapshot) {
        Map<String, List<ServiceWindowView>> result = new java.util.TreeMap<>();
        snapshot.windows().stream().sorted(Comparator.comparing(ServiceWindowView::id))
                .forEach(w -> w.services().forEach(s -> result.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(w)));
        return result;
    }

    private static Map<String, List<HotlineView>> desksByService(DirectorySnapshot snapshot) {
        Map<String, List<HotlineView>> result = new java.util.HashMap<>();
        snapshot.hotlines().stream().filter(h -> h.status() == HotlineStatus.ACTIVE)
                .sorted(Comparator.comparing(HotlineView::id))
                .forEach(h -> h.services().forEach(s -> result.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(h)));
        return result;
    }

    static Hsds.Organization organization(OrganizationView o) {
        String id = organizationId(o.id());
        OrganizationRef parent = o.parent();
        return new Hsds.Organization(id, o.name(), o.shortName(),
                o.description() == null ? NO_DESCRIPTION : o.description(),
                parent == null ? null : organizationId(parent.id()),
                List.of(new Hsds.Identifier(HsdsIds.of("organization-identifier", o.id()), id, IDENTIFIER_SCHEME,
                        "目录编号 (directory id)", o.id())));
    }

    private Hsds.Service ofService(ServiceView s, List<ServiceWindowView> windows) {
        String id = HsdsIds.of("service", s.id());
        List<Hsds.ServiceAtLocation> atLocations = windows.stream()
                .map(w -> serviceAtLocationsById.get(serviceAtLocationId(w.id(), s.id()))).toList();
        return new Hsds.Service(id, organizationOf(s.organization()), s.name(),
                s.aliases().isEmpty() ? null : String.join("、", s.aliases()), s.description(), "active",
                s.updatedAt(), nested(s.organization()), null, null, null, atLocations);
    }

    private Hsds.Service ofDesk(ServiceView s, HotlineView h) {
        String id = HsdsIds.of("desk", s.id(), h.id());
        String areas = h.nationwide() ? "全国" : areaNames(h.regions());
        OrganizationRef organization = h.organization() != null ? h.organization() : s.organization();
        List<Hsds.ServiceArea> serviceAreas = h.nationwide()
                ? List.of(new Hsds.ServiceArea(HsdsIds.of("service-area", s.id(), h.id(), "nationwide"), id, "全国",
                        "全国通用号码"))
                : h.regions().stream().map(r -> new Hsds.ServiceArea(HsdsIds.of("service-area", s.id(), h.id(), r.code()),
                        id, r.name(), "行政区划代码 " + r.code())).toList();
        List<Hsds.Schedule> schedules = h.hours() == null ? null
                : List.of(new Hsds.Schedule(HsdsIds.of("schedule", s.id(), h.id()), id, h.hours()));
        Instant modified = h.updatedAt() == null || (s.updatedAt() != null && s.updatedAt().isAfter(h.updatedAt()))
                ? s.updatedAt() : h.updatedAt();
        return new Hsds.Service(id, organizationOf(organization), s.name() + "（" + areas + "）", h.label(),
                h.description() != null ? h.description() : s.description(), "active", modified,
                nested(organization),
                List.of(new Hsds.Phone(HsdsIds.of("phone", s.id(), h.id()), id, h.number(), "voice", h.label())),
                schedules, serviceAreas, null);
    }

    /** Up to three region names, then how many more: 「禹州市」, 「魏都区、建安区、东城区等5地」. */
    static String areaNames(List<RegionRef> regions) {
        String named = regions.stream().limit(3).map(RegionRef::name).collect(Collectors.joining("、"));
        return regions.size() > 3 ? named + "等" + regions.size() + "地" : named;
    }

    private Hsds.Organization nested(OrganizationRef ref) {
        return ref == null ? null : organizationsById.get(organizationId(ref.id()));
    }

    private static String organizationOf(OrganizationRef ref) {
        return ref == null ? null : organizationId(ref.id());
    }

    static String organizationId(String ourId) {
        return HsdsIds.of("organization", ourId);
    }

    private static String serviceAtLocationId(String windowId, String serviceId) {
        return HsdsIds.of("window", windowId, serviceId);
    }

    private static Hsds.ServiceAtLocation serviceAtLocation(ServiceWindowView w, String serviceId) {
        ServiceWindowView.LocationRef place = w.location();
        String locationId = HsdsIds.of("location", place.id());
        Coordinates at = Coordinates.of(place.latitude(), place.longitude(), place.datum());
        Coordinates wgs = at == null ? null : at.toWgs84();
        Hsds.Location location = new Hsds.Location(locationId, "physical", place.name(),
                place.address() == null ? null : "地址：" + place.address(), place.id(), IDENTIFIER_SCHEME,
                wgs == null ? null : round(wgs.latitude()), wgs == null ? null : round(wgs.longitude()),
                HsdsSchedules.of(place.hours(), "location-schedule", locationId, null));
        String description = Objects.requireNonNullElse(w.label(), "")
                + (w.place() == null ? "" : (w.label() == null ? "" : "，") + w.place());
        String id = serviceAtLocationId(w.id(), serviceId);
        return new Hsds.ServiceAtLocation(id, HsdsIds.of("service", serviceId),
                location.id(), description.isEmpty() ? null : description, location, null,
                HsdsSchedules.of(w.hoursInForce(), "window-schedule", null, id));
    }

    /** Six decimals, about 10 cm: what the conversion from GCJ-02 can honestly claim and more. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
