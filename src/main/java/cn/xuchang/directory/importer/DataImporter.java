package cn.xuchang.directory.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
import cn.xuchang.directory.snapshot.ChangeLog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes checked data/ records into the database. A record is applied only when its file entry changed
 * since it was last applied; when editors changed the same record through the API meanwhile, the
 * database's version is kept and the conflict recorded. Regions, which the API cannot edit, always
 * follow the files. Applying the same data twice changes nothing.
 *
 * <p>Records are written in transactions of up to {@value #CHUNK} records, with their bookkeeping, so that
 * a nationwide directory loads in bounded memory. A folder of that size or less — the real data — is
 * applied all or nothing; a larger one that fails midway (the database, not the data: the data was
 * checked as a whole first) keeps its applied chunks, and the next start carries on from them.
 */
@ApplicationScoped
public class DataImporter {

    public static final String AUTHOR = "data/";
    static final int CHUNK = 5_000;
    private static final int CHUNK_TIMEOUT_SECONDS = 600;

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
    private final ChangeLog changes;

    public DataImporter(EntityManager em, ChangeLog changes) {
        this.em = em;
        this.changes = changes;
    }

    /** Applies the data, every revision it writes authored by data/. */
    public Summary apply(DirectoryData data) {
        return RevisionAuthorListener.as(AUTHOR, () -> {
            List<PlacedWindow> windows = new ArrayList<>();
            data.locations().forEach(l -> l.windows().forEach(w -> windows.add(new PlacedWindow(l.id(), w))));
            int records = data.regions().size() + data.organizations().size() + data.services().size()
                    + data.locations().size() + windows.size() + data.hotlines().size();
            Run run = new Run(data, windows);
            if (records <= CHUNK) {
                return inTransaction(run::all);
            }
            run.all();
            return run.summary();
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().timeout(CHUNK_TIMEOUT_SECONDS).call(work::get);
    }

    /** How one kind of record is found, created, compared and written. */
    private record Kind<R, E extends EditableRecord>(String name, String file, Class<E> type, Function<R, String> id,
            Supplier<E> factory, BiConsumer<E, String> setId, Function<E, Object> fromEntity,
            Function<R, Object> canonical, BiConsumer<R, E> apply) {
    }

    /** One import: reconciles kind by kind, parents before children, then deletes what the files dropped. */
    private final class Run implements RecordMapper.Refs {
        private final DirectoryData data;
        private final List<PlacedWindow> windows;
        private final List<String> conflicts = new ArrayList<>();
        private final Set<String> openConflicts = new HashSet<>();
        private final List<Runnable> deletions = new ArrayList<>();
        private int applied;
        private int deleted;

        Run(DirectoryData data, List<PlacedWindow> windows) {
            this.data = data;
            this.windows = windows;
        }

        /** Everything; in the caller's transaction when there is one, else chunk by chunk. */
        Summary all() {
            step(() -> {
                DataConflict.<DataConflict>stream("resolved = false")
                        .forEach(c -> openConflicts.add(c.kind + ":" + c.recordId));
                applyRegions();
            });
            reconcile(new Kind<OrganizationRecord, Organization>("organization", DataDirectory.ORGANIZATIONS,
                    Organization.class, OrganizationRecord::id, Organization::new, (e, id) -> e.id = id,
                    o -> Canonical.of(RecordMapper.toRecord(o)), Canonical::of, (r, e) -> RecordMapper.apply(r, e, this)),
                    data.organizations());
            reconcile(new Kind<ServiceRecord, PublicService>("service", DataDirectory.SERVICES, PublicService.class,
                    ServiceRecord::id, PublicService::new, (e, id) -> e.id = id,
                    s -> Canonical.of(RecordMapper.toRecord(s)), Canonical::of, (r, e) -> RecordMapper.apply(r, e, this)),
                    data.services());
            reconcile(new Kind<LocationRecord, Location>("location", DataDirectory.LOCATIONS, Location.class,
                    LocationRecord::id, Location::new, (e, id) -> e.id = id,
                    l -> Canonical.of(RecordMapper.toRecord(l, List.of())), Canonical::of,
                    (r, e) -> RecordMapper.apply(r, e, this)), data.locations());
            reconcile(new Kind<PlacedWindow, ServiceWindow>("window", DataDirectory.LOCATIONS, ServiceWindow.class,
                    p -> p.window().id(), ServiceWindow::new, (e, id) -> e.id = id,
                    w -> new PlacedWindow(w.location.id, RecordMapper.toRecord(w)).canonical(), PlacedWindow::canonical,
                    (p, e) -> RecordMapper.apply(p.window(), em.getReference(Location.class, p.location()), e, this)),
                    windows);
            reconcile(new Kind<HotlineData, Hotline>("hotline", DataDirectory.HOTLINES, Hotline.class,
                    h -> h.record().id(), Hotline::new, (e, id) -> e.id = id,
                    h -> Canonical.of(RecordMapper.toRecord(h)), Canonical::of, (d, e) -> RecordMapper.apply(d, e, this)),
                    data.hotlines());
            step(this::linkMergedHotlines);
            for (int i = deletions.size() - 1; i >= 0; i--) {
                deletions.get(i).run();
            }
            step(() -> {
                deleteGoneRegions();
                changes.everything();
            });
            return summary();
        }

        Summary summary() {
            return new Summary(data.regions().size(), data.organizations().size(), data.services().size(),
                    data.locations().size(), windows.size(), data.hotlines().size(), applied, deleted,
                    List.copyOf(conflicts));
        }

        /** Runs a piece of work in the current transaction, or in one of its own when there is none. */
        private void step(Runnable work) {
            if (QuarkusTransaction.isActive()) {
                work.run();
                em.flush();
            } else {
                inTransaction(() -> {
                    work.run();
                    em.flush();
                    return null;
                });
            }
        }

        /**
         * Brings one kind of record in line with the files, chunk by chunk: entries unchanged since last
         * applied are left alone; changed entries are applied unless editors changed the record meanwhile
         * (a conflict, the database wins); records gone from the files are deleted at the end unless
         * edited since.
         */
        private <R, E extends EditableRecord> void reconcile(Kind<R, E> kind, List<R> records) {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<R> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                step(() -> reconcileChunk(kind, chunk));
                em.clear();
            }
            Set<String> inFiles = new HashSet<>(records.size() * 2);
            records.forEach(r -> inFiles.add(kind.id().apply(r)));
            deletions.add(() -> step(() -> deleteGone(kind, inFiles)));
        }

        private <R, E extends EditableRecord> void reconcileChunk(Kind<R, E> kind, List<R> chunk) {
            Map<String, DataRecordState> states = new HashMap<>();
            DataRecordState.<DataRecordState>list("key.kind = ?1 and key.recordId in ?2", kind.name(),
                    chunk.stream().map(kind.id()).toList()).forEach(s -> states.put(s.key.recordId(), s));
            Map<String, Object> entries = new HashMap<>();
            Map<String, String> hashes = new HashMap<>();
            List<R> changed = new ArrayList<>();
            for (R record : chunk) {
                String id = kind.id().apply(record);
                Object entry = kind.canonical().apply(record);
                String hash = hash(entry);
                DataRecordState state = states.get(id);
                if (state == null || !state.entryHash.equals(hash)) {
                    entries.put(id, entry);
                    hashes.put(id, hash);
                    changed.add(record);
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            Map<String, E> existing = new HashMap<>();
            em.createQuery("from " + kind.type().getSimpleName() + " e where e.id in :ids", kind.type())
                    .setParameter("ids", changed.stream().map(kind.id()).toList()).getResultList()
                    .forEach(e -> existing.put(e.id(), e));
            List<Object[]> written = new ArrayList<>();
            for (R record : changed) {
                String id = kind.id().apply(record);
                Object entry = entries.get(id);
                DataRecordState state = states.get(id);
                E entity = existing.get(id);
                boolean inSync = entity != null && Objects.equals(kind.fromEntity().apply(entity), entry);
                boolean editedSince = entity != null && !inSync && (state == null
                        ? entity.updatedBy != null && !AUTHOR.equals(entity.updatedBy)
                        : entity.version != state.appliedVersion);
                if (editedSince) {
                    conflict(kind.name(), id, kind.file(), "changed in " + kind.file()
                            + " and through the API since the last start; the database's version was kept");
                    continue;
                }
                if (entity == null) {
                    entity = kind.factory().get();
                    kind.setId().accept(entity, id);
                }
                if (!inSync) {
                    kind.apply().accept(record, entity);
                    entity.updatedBy = AUTHOR;
                    entity.updatedAt = Instant.now();
                    entity.persist();
                }
                written.add(new Object[] {entity, hashes.get(id), state});
                applied++;
                if (openConflicts.contains(kind.name() + ":" + id)) {
                    DataConflict.update("resolved = true where kind = ?1 and recordId = ?2 and resolved = false",
                            kind.name(), id);
                }
            }
            em.flush();
            for (Object[] w : written) {
                EditableRecord entity = (EditableRecord) w[0];
                DataRecordState state = (DataRecordState) w[2];
                if (state == null) {
                    state = new DataRecordState();
                    state.key = new DataRecordState.Key(kind.name(), entity.id());
                }
                state.entryHash = (String) w[1];
                state.appliedVersion = entity.version;
                state.persist();
            }
        }

        /** Deletes the records of a kind that the files dropped and nobody edited since; children first. */
        private <R, E extends EditableRecord> void deleteGone(Kind<R, E> kind, Set<String> inFiles) {
            List<String> gone = em.createQuery("select s.key.recordId from DataRecordState s where s.key.kind = :kind",
                    String.class).setParameter("kind", kind.name()).getResultList().stream()
                    .filter(id -> !inFiles.contains(id)).toList();
            for (String id : gone) {
                DataRecordState state = DataRecordState.findById(new DataRecordState.Key(kind.name(), id));
                E entity = em.find(kind.type(), id);
                if (entity != null && entity.version != state.appliedVersion) {
                    conflict(kind.name(), id, kind.file(), "removed from " + kind.file()
                            + " but changed through the API since; the database's version was kept");
                } else if (entity != null) {
                    if (entity instanceof Hotline h) {
                        Hotline.update("mergedInto = null where mergedInto = ?1", h);
                    }
                    entity.delete();
                    deleted++;
                }
                state.delete();
                em.flush();
            }
        }

        /** Points merged hotlines at the ones that took them over, once every hotline exists. */
        private void linkMergedHotlines() {
            Set<String> ids = new LinkedHashSet<>();
            for (HotlineData d : data.hotlines()) {
                if (d.record().mergedInto() != null) {
                    ids.add(d.record().id());
                }
            }
            ids.addAll(em.createQuery("select h.id from Hotline h where h.mergedInto is not null", String.class)
                    .getResultList());
            Map<String, HotlineData> byId = new HashMap<>();
            data.hotlines().forEach(d -> byId.put(d.record().id(), d));
            for (String id : ids) {
                HotlineData d = byId.get(id);
                Hotline h = em.find(Hotline.class, id);
                if (d == null || h == null || !AUTHOR.equals(h.updatedBy)) {
                    continue;
                }
                String target = d.record().mergedInto();
                Hotline merged = target == null ? null : em.find(Hotline.class, target);
                if (!Objects.equals(h.mergedInto, merged)) {
                    h.mergedInto = merged;
                    em.flush();
                    DataRecordState state = DataRecordState.findById(new DataRecordState.Key("hotline", id));
                    if (state != null) {
                        state.appliedVersion = h.version;
                    }
                }
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
            Map<String, Region> regions = new HashMap<>();
            Region.<Region>streamAll().forEach(r -> regions.put(r.code, r));
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
        }

        private void deleteGoneRegions() {
            Set<String> kept = new HashSet<>();
            data.regions().forEach(r -> kept.add(r.code()));
            List<Region> gone = new ArrayList<>(Region.<Region>listAll());
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
            return em.getReference(Region.class, code);
        }

        @Override
        public Organization organization(String id) {
            return em.getReference(Organization.class, id);
        }

        @Override
        public PublicService service(String id) {
            return em.getReference(PublicService.class, id);
        }

        @Override
        public Hotline hotline(String id) {
            return em.getReference(Hotline.class, id);
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
}
