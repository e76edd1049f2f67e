package cn.xuchang.directory.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.xuchang.directory.editing.EditableRecord;
import cn.xuchang.directory.editing.RevisionAuthorListener;
import cn.xuchang.directory.hotline.Hotline;
import cn.xuchang.directory.importer.DirectoryData.HotlineData;
import cn.xuchang.directory.importer.DirectoryData.RegionData;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.importer.DirectoryRecords.WindowRecord;
import cn.xuchang.directory.location.Location;
import cn.xuchang.directory.location.ServiceWindow;
import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;
import cn.xuchang.directory.snapshot.ChangeCounter;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes checked data/ records into the database in one transaction. A record is applied only when its
 * file entry changed since it was last applied; when editors changed the same record through the API
 * meanwhile, the database's version is kept and the conflict recorded. Regions, which the API cannot
 * edit, always follow the files. Applying the same data twice changes nothing.
 */
@ApplicationScoped
public class DataImporter {

    public static final String AUTHOR = "data/";
    /** A nationwide data/ takes minutes to load the first time; the default 60 s transaction would abort it. */
    private static final int IMPORT_TIMEOUT_SECONDS = 3600;

    private static final Logger LOG = Logger.getLogger(DataImporter.class);
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .findAndAddModules()
            .build();

    /** What an import did. */
    public record Summary(int regions, int organizations, int services, int locations, int windows, int hotlines,
            int applied, int deleted, List<String> conflicts) {
    }

    private final EntityManager em;
    private final ChangeCounter counter;

    public DataImporter(EntityManager em, ChangeCounter counter) {
        this.em = em;
        this.counter = counter;
    }

    /** Applies the data in one transaction, every revision it writes authored by data/. */
    public Summary apply(DirectoryData data) {
        return RevisionAuthorListener.as(AUTHOR,
                () -> QuarkusTransaction.requiringNew().timeout(IMPORT_TIMEOUT_SECONDS)
                        .call(() -> new Run(data).execute()));
    }

    /** One import: the entities and bookkeeping loaded once, then reconciled kind by kind. */
    private final class Run implements RecordMapper.Refs {
        private final DirectoryData data;
        private final Map<String, Region> regions = byId(Region.<Region>listAll(), r -> r.code);
        private final Map<String, Organization> organizations = byId(Organization.<Organization>listAll(), o -> o.id);
        private final Map<String, PublicService> services = byId(PublicService.<PublicService>listAll(), s -> s.id);
        private final Map<String, Location> locations = byId(Location.<Location>listAll(), l -> l.id);
        private final Map<String, ServiceWindow> windows = byId(ServiceWindow.<ServiceWindow>listAll(), w -> w.id);
        private final Map<String, Hotline> hotlines = byId(Hotline.<Hotline>listAll(), h -> h.id);
        private final Map<DataRecordState.Key, DataRecordState> states = new HashMap<>();
        private final List<Applied> applied = new ArrayList<>();
        private final List<String> conflicts = new ArrayList<>();
        private final List<Gone> gone = new ArrayList<>();
        private int deleted;

        /** A record removed from the files and unchanged since, deleted once every kind is reconciled. */
        private record Gone(DataRecordState state, EditableRecord entity, Map<String, ? extends EditableRecord> from) {
        }

        /** A record written from its file entry, whose bookkeeping is saved after the flush. */
        private record Applied(String kind, String id, String hash, EditableRecord entity) {
        }

        private final Set<String> openConflicts = new java.util.HashSet<>();

        Run(DirectoryData data) {
            this.data = data;
            DataRecordState.<DataRecordState>streamAll().forEach(s -> states.put(s.key, s));
            DataConflict.<DataConflict>stream("resolved = false").forEach(c -> openConflicts.add(c.kind + ":" + c.recordId));
        }

        Summary execute() {
            applyRegions();
            reconcile("organization", DataDirectory.ORGANIZATIONS, data.organizations(), OrganizationRecord::id,
                    organizations, Organization::new, (e, id) -> e.id = id, o -> Canonical.of(RecordMapper.toRecord(o)),
                    Canonical::of, (r, e) -> RecordMapper.apply(r, e, this));
            reconcile("service", DataDirectory.SERVICES, data.services(), ServiceRecord::id, services,
                    PublicService::new, (e, id) -> e.id = id, s -> Canonical.of(RecordMapper.toRecord(s)), Canonical::of,
                    (r, e) -> RecordMapper.apply(r, e, this));
            reconcile("location", DataDirectory.LOCATIONS, data.locations(), LocationRecord::id, locations,
                    Location::new, (e, id) -> e.id = id, l -> Canonical.of(RecordMapper.toRecord(l, List.of())), Canonical::of,
                    (r, e) -> RecordMapper.apply(r, e, this));
            List<PlacedWindow> placed = new ArrayList<>();
            data.locations().forEach(l -> l.windows().forEach(w -> placed.add(new PlacedWindow(l.id(), w))));
            reconcile("window", DataDirectory.LOCATIONS, placed, p -> p.window().id(), windows, ServiceWindow::new,
                    (e, id) -> e.id = id, w -> new PlacedWindow(w.location.id, RecordMapper.toRecord(w)).canonical(),
                    PlacedWindow::canonical,
                    (p, e) -> RecordMapper.apply(p.window(), locations.get(p.location()), e, this));
            Map<String, HotlineData> byHotline = new HashMap<>();
            data.hotlines().forEach(h -> byHotline.put(h.record().id(), h));
            reconcile("hotline", DataDirectory.HOTLINES, data.hotlines(), h -> h.record().id(), hotlines, Hotline::new,
                    (e, id) -> e.id = id, h -> Canonical.of(RecordMapper.toRecord(h)), Canonical::of,
                    (d, e) -> RecordMapper.apply(d, e, this));
            em.flush();
            deleteGone();
            for (Applied a : applied) {
                if (a.entity() instanceof Hotline h && byHotline.containsKey(h.id)) {
                    String target = byHotline.get(h.id).record().mergedInto();
                    Hotline merged = target == null ? null : hotlines.get(target);
                    if (!Objects.equals(h.mergedInto, merged)) {
                        h.mergedInto = merged;
                    }
                }
            }
            em.flush();
            for (Applied a : applied) {
                DataRecordState.Key key = new DataRecordState.Key(a.kind(), a.id());
                DataRecordState state = states.computeIfAbsent(key, k -> {
                    DataRecordState created = new DataRecordState();
                    created.key = k;
                    return created;
                });
                state.entryHash = a.hash();
                state.appliedVersion = a.entity().version;
                state.persist();
            }
            deleteGoneRegions();
            counter.raise();
            em.flush();
            return new Summary(data.regions().size(), data.organizations().size(), data.services().size(),
                    data.locations().size(), placed.size(), data.hotlines().size(), applied.size(), deleted,
                    List.copyOf(conflicts));
        }

        /**
         * Brings one kind of record in line with the files: entries unchanged since last applied are left
         * alone; changed entries are applied unless editors changed the record meanwhile (a conflict, the
         * database wins); records gone from the files are deleted unless edited since.
         */
        private <R, E extends EditableRecord> void reconcile(String kind, String file, List<R> records,
                Function<R, String> idOf, Map<String, E> existing, Supplier<E> factory, BiConsumer<E, String> setId,
                Function<E, Object> fromEntity, Function<R, Object> canonical, BiConsumer<R, E> apply) {
            Set<String> inFiles = new LinkedHashSet<>();
            for (R record : records) {
                String id = idOf.apply(record);
                inFiles.add(id);
                Object entry = canonical.apply(record);
                String hash = hash(entry);
                DataRecordState state = states.get(new DataRecordState.Key(kind, id));
                E entity = existing.get(id);
                if (state != null && state.entryHash.equals(hash) && entity != null) {
                    continue;
                }
                boolean inSync = entity != null && Objects.equals(fromEntity.apply(entity), entry);
                boolean editedSince = entity != null && !inSync && (state == null
                        ? entity.updatedBy != null && !AUTHOR.equals(entity.updatedBy)
                        : entity.version != state.appliedVersion);
                if (editedSince) {
                    conflict(kind, id, file, "changed in " + file + " and through the API since the last start; "
                            + "the database's version was kept");
                    continue;
                }
                if (entity == null) {
                    entity = factory.get();
                    setId.accept(entity, id);
                    existing.put(id, entity);
                }
                if (!inSync) {
                    apply.accept(record, entity);
                    entity.updatedBy = AUTHOR;
                    entity.updatedAt = Instant.now();
                    entity.persist();
                }
                applied.add(new Applied(kind, id, hash, entity));
                if (openConflicts.contains(kind + ":" + id)) {
                    DataConflict.update("resolved = true where kind = ?1 and recordId = ?2 and resolved = false", kind, id);
                }
            }
            for (DataRecordState state : List.copyOf(states.values())) {
                if (!state.key.kind().equals(kind) || inFiles.contains(state.key.recordId())) {
                    continue;
                }
                E entity = existing.get(state.key.recordId());
                if (entity != null && entity.version != state.appliedVersion) {
                    conflict(kind, state.key.recordId(), file, "removed from " + file
                            + " but changed through the API since; the database's version was kept");
                    states.remove(state.key);
                    state.delete();
                } else {
                    gone.add(0, new Gone(state, entity, existing));
                }
            }
            em.flush();
        }

        /** Deletes, children first (hotlines, windows, locations, services, organizations), what the files dropped. */
        private void deleteGone() {
            for (Gone g : gone) {
                if (g.entity() instanceof Hotline h) {
                    hotlines.values().stream().filter(other -> h.equals(other.mergedInto))
                            .forEach(other -> other.mergedInto = null);
                    em.flush();
                }
                if (g.entity() != null) {
                    g.entity().delete();
                    g.from().remove(g.state().key.recordId());
                    deleted++;
                }
                states.remove(g.state().key);
                g.state().delete();
                em.flush();
            }
        }

        private void conflict(String kind, String id, String file, String message) {
            conflicts.add(kind + " " + id + ": " + message);
            LOG.warnf("Conflict on %s %s: %s", kind, id, message);
            DataConflict existing = DataConflict.find("kind = ?1 and recordId = ?2 and resolved = false", kind, id)
                    .firstResult();
            DataConflict conflict = existing != null ? existing : new DataConflict();
            conflict.kind = kind;
            conflict.recordId = id;
            conflict.file = file;
            conflict.message = message;
            conflict.detectedAt = Instant.now();
            conflict.persist();
        }

        private void applyRegions() {
            for (RegionData d : data.regions()) {
                Region r = regions.get(d.code());
                if (r == null) {
                    r = new Region();
                    r.code = d.code();
                    regions.put(d.code(), r);
                }
                r.name = d.name();
                r.level = d.level();
                r.parent = d.parentCode() == null ? null : regions.get(d.parentCode());
                r.pinyin = d.pinyin();
                if (!r.aliases.equals(d.aliases())) {
                    r.aliases.clear();
                    r.aliases.addAll(d.aliases());
                }
                r.source = d.source();
                r.namesSource = d.names() == null ? null : d.names().source();
                r.persist();
            }
            em.flush();
        }

        private void deleteGoneRegions() {
            Set<String> kept = new LinkedHashSet<>();
            data.regions().forEach(r -> kept.add(r.code()));
            List<Region> gone = new ArrayList<>(regions.values());
            gone.removeIf(r -> kept.contains(r.code));
            gone.sort(Comparator.comparing((Region r) -> r.code.length()).reversed());
            for (Region r : gone) {
                r.delete();
                em.flush();
                deleted++;
            }
        }

        @Override
        public Region region(String code) {
            return regions.get(code);
        }

        @Override
        public Organization organization(String id) {
            return organizations.get(id);
        }

        @Override
        public PublicService service(String id) {
            return services.get(id);
        }

        @Override
        public Hotline hotline(String id) {
            return hotlines.get(id);
        }
    }

    /** A window with the location it is in, as data/ nests it. */
    record PlacedWindow(String location, WindowRecord window) {

        PlacedWindow canonical() {
            return new PlacedWindow(location, Canonical.of(window));
        }
    }

    static String hash(Object entry) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(entry);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a data/ entry", e);
        }
    }

    private static <E> Map<String, E> byId(List<E> entities, Function<E, String> id) {
        Map<String, E> map = new HashMap<>();
        for (E e : entities) {
            map.put(id.apply(e), e);
        }
        return map;
    }

}
