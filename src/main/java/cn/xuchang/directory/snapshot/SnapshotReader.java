package cn.xuchang.directory.snapshot;

import cn.xuchang.directory.editing.ChangeLog;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.channel.ChannelType;
import cn.xuchang.directory.channel.ChannelView;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.hotline.HotlineView.HotlineRef;
import cn.xuchang.directory.record.StoredRow;
import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.Schedule;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.location.ServiceWindow;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionLevel;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;

/**
 * Reads the whole directory for a snapshot with a handful of plain SQL queries, streamed, sharing one
 * reference object per region, service and organization: a nationwide directory of a million hotlines
 * loads in seconds and small memory, where loading entities one by one would not.
 */
@ApplicationScoped
public class SnapshotReader {

    private static final int FETCH = 10_000;
    /** Columns whose texts a million records share (sources): read into one copy each. */
    private static final Set<String> SHARED_TEXTS = Set.of("source");

    private interface Column<T> {
        T read() throws SQLException;
    }

    private static <T> T get(Column<T> column) {
        try {
            return column.read();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the directory", e);
        }
    }

    private final DataSource dataSource;

    public SnapshotReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DirectorySnapshot read() {
        return withConnection(c -> new Reading(c).snapshot());
    }

    /**
     * The base snapshot with the records these changes touched read again: the changed records, and those
     * whose views name them (the hotlines and windows of a changed service or organization, the windows
     * of a changed location, the hotlines merged into a changed one). Regions stay the base's: only an
     * import changes them, and after an import everything is read again.
     */
    public DirectorySnapshot patch(DirectorySnapshot base, long version, List<ChangeLog.Change> changes) {
        return withConnection(c -> new Reading(c).patch(base, version, changes));
    }

    private interface Work {
        DirectorySnapshot run(Connection c) throws SQLException;
    }

    private DirectorySnapshot withConnection(Work work) {
        try (Connection c = dataSource.getConnection()) {
            boolean own = c.getAutoCommit();
            if (own) {
                c.setAutoCommit(false);
            }
            try {
                return work.run(c);
            } finally {
                if (own) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the directory", e);
        }
    }

    /** One read of the directory, inside one transaction so that it is consistent. */
    private static final class Reading {
        private final Connection c;
        private final Map<String, String> strings = new HashMap<>();
        private final Map<String, RegionRef> regionRefs = new HashMap<>();
        private final Map<String, ServiceRef> serviceRefs = new HashMap<>();
        private final Map<String, OrganizationRef> organizationRefs = new HashMap<>();
        private final Map<List<?>, List<?>> sharedLists = new HashMap<>();

        Reading(Connection c) {
            this.c = c;
        }

        DirectorySnapshot snapshot() throws SQLException {
            long version = single("select coalesce(max(seq), 0) from directory_change_log");
            SnapshotBuilder all = DirectorySnapshot.EMPTY.patch().regions(regions()).organizations(organizations())
                    .services(services()).channels(channels());
            hotlines("", List.of()).forEach(h -> all.hotline(h.id(), h));
            windows("", List.of()).forEach(w -> all.window(w.id(), w));
            locations("", List.of()).forEach(l -> all.location(l.id(), l));
            return all.build(version);
        }

        DirectorySnapshot patch(DirectorySnapshot base, long version, List<ChangeLog.Change> changes)
                throws SQLException {
            base.regions().values().forEach(r -> regionRefs.put(r.code(), RegionRef.of(r)));
            List<OrganizationView> organizations = organizations();
            List<ServiceView> services = services();
            Set<String> hotlineIds = new LinkedHashSet<>();
            Set<String> windowIds = new LinkedHashSet<>();
            Map<String, Set<String>> byKind = new HashMap<>();
            changes.forEach(ch -> byKind.computeIfAbsent(ch.kind(), k -> new LinkedHashSet<>()).add(ch.id()));
            Set<String> hotlines = byKind.getOrDefault("hotline", Set.of());
            Set<String> services0 = byKind.getOrDefault("service", Set.of());
            Set<String> organizations0 = byKind.getOrDefault("organization", Set.of());
            hotlineIds.addAll(hotlines);
            hotlineIds.addAll(ids("select id from hotline where merged_into_id in", hotlines));
            hotlineIds.addAll(ids("select id from hotline where organization_id in", organizations0));
            hotlineIds.addAll(ids("select hotline_id from hotline_service where service_id in", services0));
            windowIds.addAll(byKind.getOrDefault("window", Set.of()));
            windowIds.addAll(ids("select id from service_window where location_id in",
                    byKind.getOrDefault("location", Set.of())));
            windowIds.addAll(ids("select id from service_window where organization_id in", organizations0));
            windowIds.addAll(ids("select window_id from service_window_service where service_id in", services0));
            Set<String> locationIds = new LinkedHashSet<>(byKind.getOrDefault("location", Set.of()));
            locationIds.addAll(ids("select id from location where organization_id in", organizations0));
            Map<String, LocationView> changedLocations = new HashMap<>();
            locationIds.forEach(id -> changedLocations.put(id, null));
            for (List<String> part : parts(locationIds)) {
                locations(" and id in " + marks(part.size()), part).forEach(l -> changedLocations.put(l.id(), l));
            }
            Map<String, HotlineView> changedHotlines = new HashMap<>();
            hotlineIds.forEach(id -> changedHotlines.put(id, null));
            for (List<String> part : parts(hotlineIds)) {
                hotlines(" where id in " + marks(part.size()), part).forEach(h -> changedHotlines.put(h.id(), h));
            }
            Map<String, ServiceWindowView> changedWindows = new HashMap<>();
            windowIds.forEach(id -> changedWindows.put(id, null));
            for (List<String> part : parts(windowIds)) {
                windows(" and w.id in " + marks(part.size()), part).forEach(w -> changedWindows.put(w.id(), w));
            }
            SnapshotBuilder next = base.patch().organizations(organizations).services(services)
                    .channels(channels());
            changedHotlines.forEach(next::hotline);
            changedWindows.forEach(next::window);
            changedLocations.forEach(next::location);
            return next.build(version);
        }

        /** Ids from "select … where column in", for the given values, asked in parts. */
        private List<String> ids(String sqlUpToIn, Set<String> values) throws SQLException {
            List<String> ids = new ArrayList<>();
            for (List<String> part : parts(values)) {
                query(sqlUpToIn + " " + marks(part.size()), part, r -> ids.add(r.getString(1)));
            }
            return ids;
        }

        private static List<List<String>> parts(Set<String> values) {
            List<String> all = new ArrayList<>(values);
            List<List<String>> parts = new ArrayList<>();
            for (int i = 0; i < all.size(); i += 1000) {
                parts.add(all.subList(i, Math.min(all.size(), i + 1000)));
            }
            return parts;
        }

        private static String marks(int count) {
            return "(" + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
        }

        private List<ServiceView> services() throws SQLException {
            Map<String, List<String>> aliases = multi("select service_id, alias from service_alias order by service_id, position");
            List<ServiceView> services = new ArrayList<>();
            query("select id, name, description, organization_id, retired, source, last_verified, version, updated_at "
                    + "from public_service order by id", r -> {
                        ServiceRef ref = new ServiceRef(r.getString(1), r.getString(2));
                        serviceRefs.put(ref.id(), ref);
                        if (!r.getBoolean(5)) {
                            services.add(new ServiceView(ref.id(), ref.name(),
                                    List.copyOf(aliases.getOrDefault(ref.id(), List.of())), r.getString(3),
                                    organizationRefs.get(r.getString(4)), false, intern(r.getString(6)), date(r, 7),
                                    r.getLong(8), instant(r, 9)));
                        }
                    });
            return services;
        }

        /** Online channels in service: few, read whole at every change, after services and organizations. */
        private List<ChannelView> channels() throws SQLException {
            Map<String, List<String>> services = multi("select channel_id, service_id from online_channel_service "
                    + "order by channel_id, service_id");
            Map<String, List<String>> regions = multi("select channel_id, region_code from online_channel_region "
                    + "order by channel_id, region_code");
            List<ChannelView> channels = new ArrayList<>();
            query("select id, type, name, handle, url, description, organization_id, source, last_verified, version, "
                    + "updated_at from online_channel where retired = false order by id", r -> channels.add(
                            new ChannelView(r.getString(1), ChannelType.valueOf(r.getString(2)), r.getString(3),
                                    r.getString(4), r.getString(5), r.getString(6), organizationRefs.get(r.getString(7)),
                                    refsOf(services.get(r.getString(1)), serviceRefs::get),
                                    refsOf(regions.get(r.getString(1)), regionRefs::get), false,
                                    intern(r.getString(8)), date(r, 9), r.getLong(10), instant(r, 11))));
            return channels;
        }

        private List<RegionView> regions() throws SQLException {
            Map<String, List<String>> aliases = multi("select region_code, alias from region_alias order by region_code, position");
            List<RegionView> regions = new ArrayList<>();
            query("select code, name, level, parent_code, pinyin, source from region order by code", r -> {
                RegionView region = new RegionView(r.getString(1), r.getString(2), RegionLevel.valueOf(r.getString(3)),
                        r.getString(4), r.getString(5), List.copyOf(aliases.getOrDefault(r.getString(1), List.of())),
                        intern(r.getString(6)));
                regions.add(region);
                regionRefs.put(region.code(), new RegionRef(region.code(), region.name(), region.level()));
            });
            return regions;
        }

        private List<OrganizationView> organizations() throws SQLException {
            record Row(String id, String name, String shortName, String parent, String region, String description,
                    boolean retired, String source, LocalDate verified, long version, Instant updated) {
            }
            List<Row> rows = new ArrayList<>();
            query("select id, name, short_name, parent_id, region_code, description, retired, source, last_verified, "
                    + "version, updated_at from organization order by id", r -> {
                        rows.add(new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                                r.getString(6), r.getBoolean(7), intern(r.getString(8)), date(r, 9), r.getLong(10),
                                instant(r, 11)));
                        organizationRefs.put(r.getString(1), new OrganizationRef(r.getString(1), r.getString(2),
                                r.getString(3)));
                    });
            List<OrganizationView> views = new ArrayList<>();
            for (Row o : rows) {
                if (!o.retired()) {
                    views.add(new OrganizationView(o.id(), o.name(), o.shortName(), organizationRefs.get(o.parent()),
                            o.region() == null ? null : regionRefs.get(o.region()), o.description(), false, o.source(),
                            o.verified(), o.version(), o.updated()));
                }
            }
            return views;
        }

        /** Hotlines, all or those the filter (" where …" on hotline) picks, with their services and regions. */
        private List<HotlineView> hotlines(String filter, List<String> params) throws SQLException {
            String join = filter.isEmpty() ? "" : " where hotline_id in (select id from hotline" + filter + ")";
            Map<String, Map<String, List<String>>> linked = Map.of(
                    "hotline_service", multi("select hotline_id, service_id from hotline_service" + join
                            + " order by hotline_id, service_id", params),
                    "hotline_region", multi("select hotline_id, region_code from hotline_region" + join
                            + " order by hotline_id, region_code", params));
            Map<String, HotlineRef> merged = new HashMap<>();
            query("select id, display, number_key, label from hotline where id in (select merged_into_id from hotline"
                    + filter + ")", params, r -> merged.put(r.getString(1), new HotlineRef(r.getString(1),
                            r.getString(2), "tel:" + r.getString(3), r.getString(4))));
            HotlineView.Refs refs = new HotlineView.Refs() {
                @Override
                public OrganizationRef organization(String id) {
                    return organizationRefs.get(id);
                }

                @Override
                public List<ServiceRef> services(List<String> ids) {
                    return refsOf(ids, serviceRefs::get);
                }

                @Override
                public List<RegionRef> regions(List<String> codes) {
                    return refsOf(codes, regionRefs::get);
                }

                @Override
                public HotlineRef hotline(String id) {
                    return merged.get(id);
                }
            };
            List<HotlineView> views = new ArrayList<>();
            query("select * from hotline" + filter + " order by id", params,
                    r -> views.add(HotlineView.fromRow(new Row(r, linked), refs)));
            return views;
        }

        /** The current row of a result set, by column name; texts that many records share are kept once. */
        private final class Row implements StoredRow {
            private final ResultSet r;
            private final Map<String, Map<String, List<String>>> linked;

            Row(ResultSet r, Map<String, Map<String, List<String>>> linked) {
                this.r = r;
                this.linked = linked;
            }

            @Override
            public String text(String column) {
                String text = get(() -> r.getString(column));
                return SHARED_TEXTS.contains(column) ? intern(text) : text;
            }

            @Override
            public boolean flag(String column) {
                return get(() -> r.getBoolean(column));
            }

            @Override
            public long number(String column) {
                return get(() -> r.getLong(column));
            }

            @Override
            public LocalDate date(String column) {
                Date date = get(() -> r.getDate(column));
                return date == null ? null : date.toLocalDate();
            }

            @Override
            public Instant instant(String column) {
                OffsetDateTime time = get(() -> r.getObject(column, OffsetDateTime.class));
                return time == null ? null : time.toInstant();
            }

            @Override
            public List<String> linked(String joinTable) {
                return linked.get(joinTable).get(text("id"));
            }
        }

        /** Windows in service, all or those the filter (" and …" on w) picks. */
        private List<ServiceWindowView> windows(String filter, List<String> params) throws SQLException {
            String join = filter.isEmpty() ? "" : " where window_id in (select w.id from service_window w where 1 = 1"
                    + filter + ")";
            Map<String, List<String>> services = multi("select window_id, service_id from service_window_service" + join
                    + " order by window_id, service_id", params);
            List<ServiceWindowView> windows = new ArrayList<>();
            query("select w.id, w.label, w.floor, w.zone, w.number, w.organization_id, w.source, w.last_verified, "
                    + "w.version, w.updated_at, l.id, l.name, l.address, l.region_code, w.hours, l.hours, l.latitude, "
                    + "l.longitude, l.datum from service_window w "
                    + "join location l on l.id = w.location_id where w.retired = false and l.retired = false" + filter
                    + " order by w.id", params, r -> {
                        String place = ServiceWindow.place(r.getString(12), r.getString(3), r.getString(4),
                                r.getString(5));
                        windows.add(new ServiceWindowView(r.getString(1), r.getString(2), place, r.getString(3),
                                r.getString(4), r.getString(5), intern(r.getString(15)),
                                new ServiceWindowView.LocationRef(r.getString(11), r.getString(12), r.getString(13),
                                        regionRefs.get(r.getString(14)), intern(r.getString(16)), decimal(r, 17),
                                        decimal(r, 18), intern(r.getString(19))),
                                organizationRefs.get(r.getString(6)), refsOf(services.get(r.getString(1)), serviceRefs::get),
                                false, intern(r.getString(7)), date(r, 8), r.getLong(9), instant(r, 10)));
                    });
            return windows;
        }

        /** Service centres in service, all or those the filter (" and …" on location) picks, without their windows. */
        private List<LocationView> locations(String filter, List<String> params) throws SQLException {
            Map<String, Schedule> schedules = new HashMap<>();
            List<LocationView> locations = new ArrayList<>();
            query("select id, name, address, latitude, longitude, datum, hours, region_code, organization_id, source, "
                    + "last_verified, version, updated_at from location where retired = false" + filter + " order by id",
                    params, r -> {
                        String hours = intern(r.getString(7));
                        Schedule schedule = hours == null ? null
                                : schedules.computeIfAbsent(hours, HoursParser::parseOrNull);
                        Double latitude = decimal(r, 4);
                        Double longitude = decimal(r, 5);
                        String datum = intern(r.getString(6));
                        locations.add(new LocationView(r.getString(1), r.getString(2), r.getString(3), latitude,
                                longitude, datum, cn.xuchang.directory.geo.MapLinks.of(
                                        cn.xuchang.directory.geo.Coordinates.of(latitude, longitude, datum), r.getString(2)),
                                null, hours, schedule, null,
                                regionRefs.get(r.getString(8)), organizationRefs.get(r.getString(9)), List.of(), false,
                                intern(r.getString(10)), date(r, 11), r.getLong(12), instant(r, 13)));
                    });
            return locations;
        }

        private static Double decimal(ResultSet r, int column) throws SQLException {
            double value = r.getDouble(column);
            return r.wasNull() ? null : value;
        }

        /** The references for these ids, one shared list object for every record with the same ones. */
        @SuppressWarnings("unchecked")
        private <T> List<T> refsOf(List<String> ids, Function<String, T> ref) {
            if (ids == null || ids.isEmpty()) {
                return List.of();
            }
            List<T> refs = new ArrayList<>(ids.size());
            for (String id : ids) {
                refs.add(ref.apply(id));
            }
            return (List<T>) sharedLists.computeIfAbsent(List.copyOf(refs), Function.identity());
        }

        /** Rows of two columns grouped by the first, in query order. */
        private Map<String, List<String>> multi(String sql) throws SQLException {
            return multi(sql, List.of());
        }

        private Map<String, List<String>> multi(String sql, List<String> params) throws SQLException {
            Map<String, List<String>> groups = new HashMap<>();
            query(sql, params,
                    r -> groups.computeIfAbsent(r.getString(1), k -> new ArrayList<>(1)).add(intern(r.getString(2))));
            return groups;
        }

        private long single(String sql) throws SQLException {
            long[] value = new long[1];
            query(sql, r -> value[0] = r.getLong(1));
            return value[0];
        }

        private interface RowHandler {
            void row(ResultSet r) throws SQLException;
        }

        private void query(String sql, RowHandler handler) throws SQLException {
            query(sql, List.of(), handler);
        }

        private void query(String sql, List<String> params, RowHandler handler) throws SQLException {
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    statement.setString(i + 1, params.get(i));
                }
                statement.setFetchSize(FETCH);
                try (ResultSet r = statement.executeQuery()) {
                    while (r.next()) {
                        handler.row(r);
                    }
                }
            }
        }

        /** One copy of each repeated text (sources, codes), which a million records share. */
        private String intern(String text) {
            return text == null ? null : strings.computeIfAbsent(text, Function.identity());
        }

        private static LocalDate date(ResultSet r, int column) throws SQLException {
            Date date = r.getDate(column);
            return date == null ? null : date.toLocalDate();
        }

        private static Instant instant(ResultSet r, int column) throws SQLException {
            OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
            return time == null ? null : time.toInstant();
        }
    }
}
