package cn.xuchang.directory.snapshot;

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
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.hotline.HotlineView.HotlineRef;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.phone.NumberKind;
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

    private final DataSource dataSource;

    public SnapshotReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DirectorySnapshot read() {
        try (Connection c = dataSource.getConnection()) {
            boolean own = c.getAutoCommit();
            if (own) {
                c.setAutoCommit(false);
            }
            try {
                return new Reading(c).snapshot();
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
            long version = single("select version from directory_change where id = 1");
            List<RegionView> regions = regions();
            List<OrganizationView> organizations = organizations();
            return new DirectorySnapshot(version, regions, services(), organizations, hotlines(), windows());
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

        private List<HotlineView> hotlines() throws SQLException {
            Map<String, List<String>> services = multi("select hotline_id, service_id from hotline_service order by hotline_id, service_id");
            Map<String, List<String>> regions = multi("select hotline_id, region_code from hotline_region order by hotline_id, region_code");
            record Row(String id, String number, String e164, NumberKind kind, HotlineType type, String label,
                    String description, String hours, String organization, boolean nationwide, HotlineStatus status,
                    String mergedInto, String statusNote, String source, LocalDate verified, long version,
                    Instant updated) {
            }
            List<Row> rows = new ArrayList<>();
            Map<String, HotlineRef> refs = new HashMap<>();
            query("select id, display, e164, kind, type, label, description, hours, organization_id, nationwide, status, "
                    + "merged_into_id, status_note, source, last_verified, version, updated_at, number_key from hotline "
                    + "order by id", r -> {
                        Row row = new Row(r.getString(1), r.getString(2), r.getString(3), NumberKind.valueOf(r.getString(4)),
                                HotlineType.valueOf(r.getString(5)), r.getString(6), r.getString(7), r.getString(8),
                                r.getString(9), r.getBoolean(10), HotlineStatus.valueOf(r.getString(11)), r.getString(12),
                                r.getString(13), intern(r.getString(14)), date(r, 15), r.getLong(16), instant(r, 17));
                        rows.add(row);
                        refs.put(row.id(), new HotlineRef(row.id(), row.number(), "tel:" + r.getString(18), row.label()));
                    });
            List<HotlineView> views = new ArrayList<>(rows.size());
            for (Row h : rows) {
                HotlineRef self = refs.get(h.id());
                views.add(new HotlineView(h.id(), h.number(), h.e164(), self.tel(), h.kind(), h.type(), h.label(),
                        h.description(), h.hours(), organizationRefs.get(h.organization()),
                        refsOf(services.get(h.id()), serviceRefs::get), h.nationwide(),
                        refsOf(regions.get(h.id()), regionRefs::get), h.status(), refs.get(h.mergedInto()),
                        h.statusNote(), h.source(), h.verified(), h.version(), h.updated()));
            }
            return views;
        }

        private List<ServiceWindowView> windows() throws SQLException {
            Map<String, List<String>> services = multi("select window_id, service_id from service_window_service order by window_id, service_id");
            List<ServiceWindowView> windows = new ArrayList<>();
            query("select w.id, w.label, w.floor, w.zone, w.number, w.organization_id, w.source, w.last_verified, "
                    + "w.version, w.updated_at, l.id, l.name, l.address, l.region_code from service_window w "
                    + "join location l on l.id = w.location_id where w.retired = false and l.retired = false order by w.id",
                    r -> {
                        String place = r.getString(12) + nonNull(r.getString(3)) + nonNull(r.getString(4))
                                + nonNull(r.getString(5));
                        windows.add(new ServiceWindowView(r.getString(1), r.getString(2), place, r.getString(3),
                                r.getString(4), r.getString(5),
                                new ServiceWindowView.LocationRef(r.getString(11), r.getString(12), r.getString(13),
                                        regionRefs.get(r.getString(14))),
                                organizationRefs.get(r.getString(6)), refsOf(services.get(r.getString(1)), serviceRefs::get),
                                false, intern(r.getString(7)), date(r, 8), r.getLong(9), instant(r, 10)));
                    });
            return windows;
        }

        private static String nonNull(String text) {
            return text == null ? "" : text;
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
            Map<String, List<String>> groups = new HashMap<>();
            query(sql, r -> groups.computeIfAbsent(r.getString(1), k -> new ArrayList<>(1)).add(intern(r.getString(2))));
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
            try (PreparedStatement statement = c.prepareStatement(sql)) {
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
