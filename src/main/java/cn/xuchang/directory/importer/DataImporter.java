package cn.xuchang.directory.importer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import cn.xuchang.directory.editing.ChangeLog;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.editing.RevisionAuthorListener;
import cn.xuchang.directory.record.Canonical;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.EntityRefs;
import cn.xuchang.directory.record.KindRecord;
import cn.xuchang.directory.record.RecordKind;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes checked data/ records into the database, kind by kind (each kind says how: {@link RecordKind}),
 * deciding record by record with the {@link ImportPlan}; regions always follow the files
 * ({@link RegionSync}). Applying the same data twice changes nothing.
 *
 * <p>Records are written in transactions of up to {@value #CHUNK} records, with their ledger lines, so that
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

    /** What an import did: records read by kind, and how many were applied, deleted or in conflict. */
    public record Summary(int regions, Map<String, Integer> records, int applied, int deleted,
            List<String> conflicts) {
    }

    private final EntityManager em;
    private final ChangeLog changes;
    private final Kinds kinds;

    public DataImporter(EntityManager em, ChangeLog changes, Kinds kinds) {
        this.em = em;
        this.changes = changes;
        this.kinds = kinds;
    }

    /** Applies the data, every revision it writes authored by data/. */
    public Summary apply(DirectoryData data) {
        return RevisionAuthorListener.as(AUTHOR, () -> {
            Run run = new Run(data);
            if (data.size() <= CHUNK) {
                return inTransaction(run::all);
            }
            return run.all();
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().timeout(CHUNK_TIMEOUT_SECONDS).call(work::get);
    }

    /** One import: kinds in order, then links between records, then what the files dropped, children first. */
    private final class Run implements EntityRefs {
        private final DirectoryData data;
        private final ImportLedger ledger = new ImportLedger(em);
        private final List<String> conflicts = new ArrayList<>();
        private final Set<String> openConflicts = new HashSet<>();
        private final Map<String, List<String>> linkedIds = new HashMap<>();
        private int applied;
        private int deleted;

        Run(DirectoryData data) {
            this.data = data;
        }

        /** Everything; in the caller's transaction when there is one, else chunk by chunk. */
        Summary all() {
            step(() -> {
                DataConflict.<DataConflict>stream("resolved = false")
                        .forEach(c -> openConflicts.add(c.kind + ":" + c.recordId));
                RegionSync.apply(data.regions());
            });
            List<RecordKind<?, ?>> all = kinds.all();
            all.forEach(kind -> reconcile(kind, data.records(kind.name())));
            all.forEach(kind -> link(kind, data.records(kind.name())));
            for (int i = all.size() - 1; i >= 0; i--) {
                deleteGone(all.get(i), data.records(all.get(i).name()));
            }
            step(() -> {
                deleted += RegionSync.deleteGone(data.regions(), em);
                changes.everything();
            });
            return summary();
        }

        Summary summary() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            data.records().forEach((kind, records) -> counts.put(kind, records.size()));
            return new Summary(data.regions().size(), counts, applied, deleted, List.copyOf(conflicts));
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

        private <R extends KindRecord, E extends EditableRecord> void reconcile(RecordKind<R, E> kind, List<R> records) {
            for (int from = 0; from < records.size(); from += CHUNK) {
                List<R> chunk = records.subList(from, Math.min(records.size(), from + CHUNK));
                step(() -> reconcileChunk(kind, chunk));
                em.clear();
            }
        }

        private <R extends KindRecord, E extends EditableRecord> void reconcileChunk(RecordKind<R, E> kind,
                List<R> chunk) {
            Map<String, DataRecordState> states = ledger.of(kind.name(), chunk.stream().map(KindRecord::id).toList());
            Map<String, String> hashes = new HashMap<>();
            Map<String, JsonNode> entries = new HashMap<>();
            List<R> changed = new ArrayList<>();
            for (R record : chunk) {
                JsonNode entry = Canonical.of(kind.canonical(record));
                String hash = Canonical.hashOf(entry);
                if (!ImportPlan.unchanged(hash, ImportLedger.line(states.get(record.id())))) {
                    hashes.put(record.id(), hash);
                    entries.put(record.id(), entry);
                    changed.add(record);
                }
            }
            if (changed.isEmpty()) {
                return;
            }
            Map<String, E> existing = new HashMap<>();
            em.createQuery("from " + kind.entityType().getSimpleName() + " e where e.id in :ids", kind.entityType())
                    .setParameter("ids", changed.stream().map(KindRecord::id).toList()).getResultList()
                    .forEach(e -> existing.put(e.id(), e));
            Map<String, E> written = new LinkedHashMap<>();
            Map<String, ChangeLog.Type> feed = new LinkedHashMap<>();
            for (R record : changed) {
                String id = record.id();
                E entity = existing.get(id);
                boolean same = entity != null
                        && Canonical.of(kind.canonical(kind.toRecord(entity))).equals(entries.get(id));
                ImportPlan.Stored stored = entity == null ? null
                        : new ImportPlan.Stored(entity.version, entity.updatedBy, same);
                if (ImportPlan.forChangedEntry(ImportLedger.line(states.get(id)), stored) == ImportPlan.Action.CONFLICT) {
                    conflict(kind, id, "changed in " + kind.file()
                            + " and through the API since the last start; the database's version was kept");
                    continue;
                }
                boolean created = entity == null;
                boolean wasRetired = !created && kind.isRetired(entity);
                if (entity == null) {
                    entity = kind.newEntity(id);
                }
                if (!same) {
                    kind.apply(record, entity, this);
                    boolean retired = kind.isRetired(entity);
                    feed.put(id, created ? ChangeLog.Type.CREATED : retired == wasRetired ? ChangeLog.Type.UPDATED
                            : retired ? ChangeLog.Type.RETIRED : ChangeLog.Type.RESTORED);
                    entity.updatedBy = AUTHOR;
                    entity.updatedAt = Instant.now();
                    entity.persist();
                    if (kind.linksOthers(record)) {
                        linkedIds.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(id);
                    }
                }
                written.put(id, entity);
                applied++;
                if (openConflicts.contains(kind.name() + ":" + id)) {
                    DataConflict.update("resolved = true where kind = ?1 and recordId = ?2 and resolved = false",
                            kind.name(), id);
                }
            }
            em.flush();
            written.forEach((id, entity) -> ledger.applied(kind.name(), id, states.get(id), hashes.get(id),
                    entity.version));
            feed.forEach((id, type) -> logged(kind, written.get(id), type));
        }

        /** Sets the links between records of a kind (merged hotlines), once all exist, for those this import wrote. */
        private <R extends KindRecord, E extends EditableRecord> void link(RecordKind<R, E> kind, List<R> records) {
            List<String> ids = linkedIds.getOrDefault(kind.name(), List.of());
            if (ids.isEmpty()) {
                return;
            }
            Map<String, R> byId = new HashMap<>();
            records.forEach(r -> byId.put(r.id(), r));
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                step(() -> {
                    Map<String, E> linked = new LinkedHashMap<>();
                    Map<String, Long> before = new HashMap<>();
                    for (String id : chunk) {
                        E entity = em.find(kind.entityType(), id);
                        before.put(id, entity.version);
                        kind.link(byId.get(id), entity, this);
                        linked.put(id, entity);
                    }
                    em.flush();
                    linked.forEach((id, entity) -> {
                        if (entity.version != before.get(id)) {
                            ledger.advanced(kind.name(), id, entity.version);
                            logged(kind, entity, ChangeLog.Type.UPDATED);
                        }
                    });
                });
                em.clear();
            }
        }

        /** Deletes the records of a kind that the files dropped and nobody edited since. */
        private <R extends KindRecord, E extends EditableRecord> void deleteGone(RecordKind<R, E> kind, List<R> records) {
            Set<String> inFiles = new HashSet<>(records.size() * 2);
            records.forEach(r -> inFiles.add(r.id()));
            step(() -> {
                for (String id : ledger.ids(kind.name())) {
                    if (inFiles.contains(id)) {
                        continue;
                    }
                    DataRecordState state = ledger.find(kind.name(), id);
                    E entity = em.find(kind.entityType(), id);
                    ImportPlan.Stored stored = entity == null ? null
                            : new ImportPlan.Stored(entity.version, entity.updatedBy, false);
                    switch (ImportPlan.forRemovedEntry(ImportLedger.line(state), stored)) {
                        case CONFLICT -> conflict(kind, id, "removed from " + kind.file()
                                + " but changed through the API since; the database's version was kept");
                        case DELETE -> {
                            kind.beforeDelete(entity);
                            changes.changed(kind.name(), id, ChangeLog.Type.DELETED, entity.version, null);
                            entity.delete();
                            deleted++;
                        }
                        default -> {
                        }
                    }
                    state.delete();
                    em.flush();
                }
            });
        }

        /** Puts a record this import wrote into the change feed, as the export writes it. */
        private <R extends KindRecord, E extends EditableRecord> void logged(RecordKind<R, E> kind, E entity,
                ChangeLog.Type type) {
            changes.changed(kind.name(), entity.id, type, entity.version, kind.toRecord(entity));
        }

        private void conflict(RecordKind<?, ?> kind, String id, String message) {
            conflicts.add(kind.name() + " " + id + ": " + message);
            LOG.warnf("Conflict on %s %s: %s", kind.name(), id, message);
            DataConflict existing = DataConflict.find("kind = ?1 and recordId = ?2 and resolved = false", kind.name(), id)
                    .firstResult();
            DataConflict conflict = existing != null ? existing : new DataConflict();
            conflict.kind = kind.name();
            conflict.recordId = id;
            conflict.file = kind.file();
            conflict.message = message;
            conflict.detectedAt = Instant.now();
            conflict.persist();
        }

        @Override
        public <T> T get(Class<T> type, Object id) {
            return id == null ? null : em.getReference(type, id);
        }
    }
}
