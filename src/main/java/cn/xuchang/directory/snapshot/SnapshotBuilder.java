package cn.xuchang.directory.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import cn.xuchang.directory.channel.ChannelView;
import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;

/**
 * 快照构建 (snapshot builder): the one way a {@link DirectorySnapshot} is made — a base snapshot (the empty
 * one for a full read) with records put in or taken out, then {@link #build}. The base's maps and lists are
 * shared until a change touches one; that one is copied once per build and changed in place after, so a
 * one-record patch copies the maps by id and the few index entries that file the record, and a full read
 * fills maps of its own without copying. The result depends only on the records, never on the order they
 * were applied in, so a patched snapshot answers exactly as a fresh read of the same data would.
 */
final class SnapshotBuilder {

    private static final Comparator<HotlineView> HOTLINE_ORDER = Comparator.comparing(HotlineView::id);
    private static final Comparator<ServiceWindowView> WINDOW_ORDER = Comparator.comparing(ServiceWindowView::id);
    /** The order of a region's desks by service, as a full read in hotline id order first meets them. */
    private static final Comparator<Map.Entry<String, List<HotlineView>>> DESK_ORDER = Comparator
            .comparing((Map.Entry<String, List<HotlineView>> e) -> e.getValue().get(0).id())
            .thenComparing(Map.Entry::getKey);

    /** The maps and lists this builder made: its own to change; anything else is the base's, copied first. */
    private final Set<Object> mine = Collections.newSetFromMap(new IdentityHashMap<>());
    private boolean built;

    // Taken over by the DirectorySnapshot constructor once build() has finished them.
    Map<String, RegionView> regions;
    Map<String, ServiceView> services;
    Map<String, OrganizationView> organizations;
    Map<String, ChannelView> channels;
    Map<String, HotlineView> hotlines;
    NumberIndex numbers;
    private Map<String, HotlineView> singleNumbers;
    private Map<String, List<HotlineView>> sharedNumbers;
    Map<String, Map<String, List<HotlineView>>> localByServiceAndRegion;
    Map<String, Map<String, List<HotlineView>>> localByRegionAndService;
    Map<String, List<HotlineView>> nationwideByService;
    List<HotlineView> generalNationwide;
    Map<String, ServiceWindowView> windows;
    Map<String, Map<String, List<ServiceWindowView>>> windowsByServiceAndRegion;
    Map<String, LocationView> locations;
    Map<String, List<ServiceWindowView>> windowsByLocation;

    /** A builder of the empty snapshot. */
    SnapshotBuilder() {
        regions = Map.of();
        services = Map.of();
        organizations = Map.of();
        channels = Map.of();
        hotlines = Map.of();
        singleNumbers = Map.of();
        sharedNumbers = Map.of();
        localByServiceAndRegion = Map.of();
        localByRegionAndService = Map.of();
        nationwideByService = Map.of();
        generalNationwide = List.of();
        windows = Map.of();
        windowsByServiceAndRegion = Map.of();
        locations = Map.of();
        windowsByLocation = Map.of();
    }

    /** A builder sharing everything of the base until a change touches it. */
    SnapshotBuilder(DirectorySnapshot base) {
        regions = base.regions;
        services = base.services;
        organizations = base.organizations;
        channels = base.channels;
        hotlines = base.hotlines;
        singleNumbers = base.numbers.single();
        sharedNumbers = base.numbers.shared();
        localByServiceAndRegion = base.localByServiceAndRegion;
        localByRegionAndService = base.localByRegionAndService;
        nationwideByService = base.nationwideByService;
        generalNationwide = base.generalNationwide;
        windows = base.windows;
        windowsByServiceAndRegion = base.windowsByServiceAndRegion;
        locations = base.locations;
        windowsByLocation = base.windowsByLocation;
    }

    /** Every region, in the order given (code order); a patch that does not call this keeps the base's. */
    SnapshotBuilder regions(Collection<RegionView> all) {
        regions = byKey(all, RegionView::code);
        return this;
    }

    /** Every service in service, in the order given (id order), replacing the base's. */
    SnapshotBuilder services(Collection<ServiceView> all) {
        services = byKey(all, ServiceView::id);
        return this;
    }

    /** Every organization in service, in the order given (id order), replacing the base's. */
    SnapshotBuilder organizations(Collection<OrganizationView> all) {
        organizations = byKey(all, OrganizationView::id);
        return this;
    }

    /** Every online channel in service, in the order given (id order), replacing the base's. */
    SnapshotBuilder channels(Collection<ChannelView> all) {
        channels = byKey(all, ChannelView::id);
        return this;
    }

    /** The hotline with this id is now {@code view}; null: it is no longer in the directory. */
    SnapshotBuilder hotline(String id, HotlineView view) {
        hotlines = replaced(hotlines, id, view, HotlineView::id, (h, add) -> {
            number(h, add);
            place(h, add);
        });
        return this;
    }

    /** The window with this id is now {@code view}; null: it is no longer in service. */
    SnapshotBuilder window(String id, ServiceWindowView view) {
        windows = replaced(windows, id, view, ServiceWindowView::id, this::placeWindow);
        return this;
    }

    /** The service centre with this id is now {@code view} (without its windows); null: it is no longer in service. */
    SnapshotBuilder location(String id, LocationView view) {
        locations = replaced(locations, id, view, LocationView::id, (l, add) -> { });
        return this;
    }

    /**
     * The map by id with the record now {@code view} (null: gone), taking the old view out of the indexes and
     * putting the new one in, by {@code index} (the view, and true to add it).
     */
    private <V> Map<String, V> replaced(Map<String, V> byId, String id, V view, Function<V, String> idOf,
            BiConsumer<V, Boolean> index) {
        checkNotBuilt();
        checkId(id, view == null ? id : idOf.apply(view));
        Map<String, V> mine = mine(byId);
        V old = view == null ? mine.remove(id) : mine.put(id, view);
        if (old != null) {
            index.accept(old, false);
        }
        if (view != null) {
            index.accept(view, true);
        }
        return mine;
    }

    /** The snapshot; the builder is spent, as what it made now belongs to the snapshot. */
    DirectorySnapshot build(long version) {
        checkNotBuilt();
        built = true;
        regions = readOnly(regions);
        services = readOnly(services);
        organizations = readOnly(organizations);
        // The maps by id are never handed out, so they stay bare: the next patch copies them at full speed.
        numbers = new NumberIndex(singleNumbers, readOnlyLists(sharedNumbers, UnaryOperator.identity()));
        localByServiceAndRegion = readOnlyTwice(localByServiceAndRegion, UnaryOperator.identity());
        localByRegionAndService = readOnlyTwice(localByRegionAndService, SnapshotBuilder::inDeskOrder);
        nationwideByService = readOnlyLists(nationwideByService, UnaryOperator.identity());
        generalNationwide = readOnly(generalNationwide);
        windowsByServiceAndRegion = readOnlyTwice(windowsByServiceAndRegion, UnaryOperator.identity());
        windowsByLocation = readOnlyLists(windowsByLocation, UnaryOperator.identity());
        return new DirectorySnapshot(version, this);
    }

    /**
     * Where a hotline is offered to citizens, the one rule for it: a retired one nowhere; a national number
     * everywhere, for the services it lists (and for any question when it is a general one, like 12345);
     * any other as the local desk of each of its services in each region it serves.
     */
    private void place(HotlineView h, boolean add) {
        if (h.status() == HotlineStatus.RETIRED) {
            return;
        }
        if (h.nationwide()) {
            nationwideByService = mine(nationwideByService);
            for (ServiceRef s : h.services()) {
                put(nationwideByService, s.id(), changed(nationwideByService.get(s.id()), h, HOTLINE_ORDER, add));
            }
            if (h.type() == HotlineType.GENERAL) {
                List<HotlineView> general = changed(generalNationwide, h, HOTLINE_ORDER, add);
                generalNationwide = general == null ? List.of() : general;
            }
            return;
        }
        for (ServiceRef s : h.services()) {
            for (RegionRef r : h.regions()) {
                localByServiceAndRegion = changed(localByServiceAndRegion, s.id(), r.code(), h, HOTLINE_ORDER, add);
                localByRegionAndService = changed(localByRegionAndService, r.code(), s.id(), h, HOTLINE_ORDER, add);
            }
        }
    }

    /** A window serves each of its services in the region of its service centre. */
    private void placeWindow(ServiceWindowView w, boolean add) {
        for (ServiceRef s : w.services()) {
            windowsByServiceAndRegion = changed(windowsByServiceAndRegion, s.id(), w.location().region().code(), w,
                    WINDOW_ORDER, add);
        }
        windowsByLocation = mine(windowsByLocation);
        put(windowsByLocation, w.location().id(), changed(windowsByLocation.get(w.location().id()), w, WINDOW_ORDER, add));
    }

    /** Files a hotline under its number (retired ones too); most numbers have one hotline and need no list. */
    private void number(HotlineView h, boolean add) {
        String key = NumberIndex.key(h);
        HotlineView one = singleNumbers.get(key);
        List<HotlineView> several = sharedNumbers.get(key);
        if (several == null && (one == null || one.id().equals(h.id()))) {
            if (add || one != null) {
                singleNumbers = mine(singleNumbers);
                if (add) {
                    singleNumbers.put(key, h);
                } else {
                    singleNumbers.remove(key);
                }
            }
            return;
        }
        List<HotlineView> all = changed(several != null ? several : List.of(one), h, HOTLINE_ORDER, add);
        boolean shared = all != null && all.size() > 1;
        if (shared || several != null) {
            sharedNumbers = mine(sharedNumbers);
            put(sharedNumbers, key, shared ? all : null);
        }
        if (!shared || one != null) {
            singleNumbers = mine(singleNumbers);
            put(singleNumbers, key, shared || all == null ? null : all.get(0));
        }
    }

    /** {@code outer[first][second]} with the item put in id order or taken out; entries left empty go. */
    private <T> Map<String, Map<String, List<T>>> changed(Map<String, Map<String, List<T>>> outer, String first,
            String second, T item, Comparator<T> order, boolean add) {
        Map<String, Map<String, List<T>>> ownOuter = mine(outer);
        Map<String, List<T>> inner = mine(ownOuter.get(first));
        put(inner, second, changed(inner.get(second), item, order, add));
        put(ownOuter, first, inner.isEmpty() ? null : inner);
        return ownOuter;
    }

    /**
     * The list, now this builder's, with the item put in id order (replacing its namesake) or taken out;
     * null when nothing is left, so that callers drop the entry and an empty one never answers a question.
     */
    private <T> List<T> changed(List<T> list, T item, Comparator<T> order, boolean add) {
        List<T> own = mine(list);
        int at = Collections.binarySearch(own, item, order);
        if (at >= 0) {
            if (add) {
                own.set(at, item);
            } else {
                own.remove(at);
            }
        } else if (add) {
            own.add(-at - 1, item);
        }
        return own.isEmpty() ? null : own;
    }

    private static <V> void put(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    /** The map itself when this builder made it; otherwise (the base's, or none) a copy it now owns. */
    private <K, V> Map<K, V> mine(Map<K, V> map) {
        if (map != null && mine.contains(map)) {
            return map;
        }
        Map<K, V> copy = map == null ? new HashMap<>() : new HashMap<>(map);
        mine.add(copy);
        return copy;
    }

    private <T> List<T> mine(List<T> list) {
        if (list != null && mine.contains(list)) {
            return list;
        }
        List<T> copy = list == null ? new ArrayList<>() : new ArrayList<>(list);
        mine.add(copy);
        return copy;
    }

    private <T> Map<String, T> byKey(Collection<T> all, Function<T, String> key) {
        checkNotBuilt();
        Map<String, T> map = new LinkedHashMap<>();
        all.forEach(item -> map.put(key.apply(item), item));
        mine.add(map);
        return map;
    }

    private static Map<String, List<HotlineView>> inDeskOrder(Map<String, List<HotlineView>> desks) {
        Map<String, List<HotlineView>> ordered = new LinkedHashMap<>();
        desks.entrySet().stream().sorted(DESK_ORDER).forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    // What a snapshot hands out is wrapped read-only once, here, if this builder made it; the base's already is.

    private <T> List<T> readOnly(List<T> list) {
        return mine.contains(list) ? Collections.unmodifiableList(list) : list;
    }

    private <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return mine.contains(map) ? Collections.unmodifiableMap(map) : map;
    }

    private <T> Map<String, List<T>> readOnlyLists(Map<String, List<T>> map,
            UnaryOperator<Map<String, List<T>>> arrange) {
        if (!mine.contains(map)) {
            return map;
        }
        map.replaceAll((key, list) -> readOnly(list));
        return Collections.unmodifiableMap(arrange.apply(map));
    }

    private <T> Map<String, Map<String, List<T>>> readOnlyTwice(Map<String, Map<String, List<T>>> map,
            UnaryOperator<Map<String, List<T>>> arrange) {
        if (!mine.contains(map)) {
            return map;
        }
        map.replaceAll((key, inner) -> readOnlyLists(inner, arrange));
        return Collections.unmodifiableMap(map);
    }

    private static void checkId(String id, String viewId) {
        if (!id.equals(viewId)) {
            throw new IllegalArgumentException("record " + viewId + " given as " + id);
        }
    }

    private void checkNotBuilt() {
        if (built) {
            throw new IllegalStateException("this builder has built its snapshot already");
        }
    }
}
