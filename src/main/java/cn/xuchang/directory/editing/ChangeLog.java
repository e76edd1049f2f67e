package cn.xuchang.directory.editing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.WireNames;

/**
 * 变更日志 (change log): every committed change appends the record it touched (or '*' for a whole
 * import), so that every instance of the service can tell cheaply what changed since it last looked; with what
 * happened, the version and the record as exported, it is also partners' change feed ({@link ChangeFeed}).
 * Writers take {@code directory_change_lock} before they append and hold it until they commit, so positions are
 * committed in order.
 */
@ApplicationScoped
public class ChangeLog {

    /** The kind of a log entry that stands for the whole directory. */
    public static final String EVERYTHING = "*";

    /** What happened to a record, as the feed says it. */
    public enum Type {
        CREATED, UPDATED, RETIRED, RESTORED, DELETED;

        public String word() {
            return WireNames.of(this);
        }
    }

    /** One entry: its position, the kind and id of the record changed, and what happened (null for '*'). */
    public record Change(long seq, String kind, String id, String type) {
    }

    /** Marks, in the transaction's resources, that it holds the lock already. */
    private static final Object LOCK_HELD = ChangeLog.class.getName() + ".lock";

    private final EntityManager em;
    private final DataSource dataSource;
    private final ObjectMapper json;
    private final jakarta.transaction.TransactionSynchronizationRegistry transactions;

    public ChangeLog(EntityManager em, DataSource dataSource, ObjectMapper json,
            jakarta.transaction.TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.dataSource = dataSource;
        this.json = json;
        this.transactions = transactions;
    }

    /**
     * Runs a statement on the log's own tables on the transaction's connection, through JDBC rather than a query:
     * a query would make Hibernate dirty-check every entity of the transaction first (auto-flush), which made an
     * import of n records cost n², and these tables hold no entity.
     */
    private void onLogTables(String sql, Object... parameters) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    Object value = parameters[i];
                    if (value instanceof Instant at) {
                        statement.setObject(i + 1, java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
                    } else if (value == null) {
                        statement.setNull(i + 1, java.sql.Types.VARCHAR);
                    } else {
                        statement.setObject(i + 1, value);
                    }
                }
                statement.executeUpdate();
            }
        });
    }

    /**
     * Logs a change to one record, inside the caller's transaction; seen by others when that commits. {@code record}
     * is the record as the export writes it (the kind's {@code toRecord}), null when deleted.
     */
    public void changed(String kind, String id, Type type, long version, Object record) {
        String body;
        try {
            body = record == null ? null : json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + kind + " " + id + " for the change log", e);
        }
        lock();
        onLogTables("insert into directory_change_log (kind, record_id, changed_at, change_type, version, record) "
                + "values (?, ?, ?, ?, ?, ?)", kind, id, Instant.now(), type.word(), version, body);
    }

    /** Logs that a record changed, for the instances only: the feed skips it (tests that change rows directly). */
    public void changed(String kind, String id) {
        lock();
        onLogTables("insert into directory_change_log (kind, record_id, changed_at) values (?, ?, ?)", kind, id,
                Instant.now());
    }

    /** Logs a change to the whole directory (an import), inside the caller's transaction. */
    public void everything() {
        changed(EVERYTHING, EVERYTHING);
    }

    /**
     * Takes the log's lock until the caller's transaction ends: no entry is appended meanwhile, and every entry
     * up to {@link #current()} is committed. The export holds it while it reads, so its cursor matches its content.
     */
    public void lock() {
        boolean inTransaction = transactions.getTransactionKey() != null;
        if (inTransaction && transactions.getResource(LOCK_HELD) != null) {
            return; // a row lock lasts until the transaction ends: once is enough
        }
        onLogTables("update directory_change_lock set taken = taken + 1 where id = 1");
        if (inTransaction) {
            transactions.putResource(LOCK_HELD, Boolean.TRUE);
        }
    }

    /** The last position the retention forgot (0 for none): a cursor before it has missed entries. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("select pruned_through from directory_change_lock where id = 1")
                .getSingleResult()).longValue();
    }

    /** Feed entries after {@code after} and up to {@code upTo}, oldest first, at most {@code limit}. */
    @SuppressWarnings("unchecked")
    List<Object[]> entries(long after, long upTo, int limit) {
        return em.createNativeQuery("select seq, kind, record_id, change_type, version, changed_at, record "
                + "from directory_change_log where seq > ?1 and seq <= ?2 and change_type is not null order by seq")
                .setParameter(1, after).setParameter(2, upTo).setMaxResults(limit).getResultList();
    }

    /** The position of the last committed entry (0 for none); needs no transaction. */
    public long current() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select coalesce(max(seq), 0) from directory_change_log")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
    }

    /**
     * When the entry at {@code seq} (or the last one before it still kept) was written: the time the directory
     * of that version last changed, the same for every instance. Empty when the log has nothing up to it.
     */
    public java.util.Optional<Instant> changedAt(long seq) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select max(changed_at) from directory_change_log where seq <= ?")) {
            s.setLong(1, seq);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                java.sql.Timestamp at = r.getTimestamp(1);
                return java.util.Optional.ofNullable(at).map(java.sql.Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
    }

    /** The committed entries after {@code seq}, oldest first, at most {@code limit}. */
    public List<Change> since(long seq, int limit) {
        List<Change> changes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select seq, kind, record_id, change_type from directory_change_log where seq > ? order by seq")) {
            s.setLong(1, seq);
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(new Change(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
        return changes;
    }

    /**
     * Forgets entries older than the retention, but the last: an instance that was away longer reads everything
     * again, a partner whose cursor is older re-exports (410), and the last position stays known. Inside the
     * caller's transaction, holding the lock, so that the horizon and the deletion agree.
     */
    public void prune(java.time.Duration retention) {
        lock();
        java.time.OffsetDateTime before = java.time.OffsetDateTime.now().minus(retention);
        Object horizon = em.createNativeQuery("select max(seq) from directory_change_log where changed_at < ?1 "
                + "and seq < (select max(seq) from directory_change_log)").setParameter(1, before).getSingleResult();
        if (horizon == null) {
            return;
        }
        long through = ((Number) horizon).longValue();
        em.createNativeQuery("update directory_change_lock set pruned_through = ?1 where id = 1")
                .setParameter(1, through).executeUpdate();
        em.createNativeQuery("delete from directory_change_log where seq <= ?1").setParameter(1, through)
                .executeUpdate();
    }
}
