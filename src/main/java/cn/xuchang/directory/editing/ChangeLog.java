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

/**
 * 变更日志 (change log): every committed change appends the record it touched (or '*' for a whole
 * import), so that every instance of the service can tell cheaply what changed since it last looked.
 */
@ApplicationScoped
public class ChangeLog {

    /** The kind of a log entry that stands for the whole directory. */
    public static final String EVERYTHING = "*";

    /** One entry: its position, and the kind and id of the record changed. */
    public record Change(long seq, String kind, String id) {
    }

    private final EntityManager em;
    private final DataSource dataSource;

    public ChangeLog(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Logs a change to one record, inside the caller's transaction; seen by others when that commits. */
    public void changed(String kind, String id) {
        em.createNativeQuery("insert into directory_change_log (kind, record_id, changed_at) values (?1, ?2, ?3)")
                .setParameter(1, kind).setParameter(2, id).setParameter(3, Instant.now()).executeUpdate();
    }

    /** Logs a change to the whole directory (an import), inside the caller's transaction. */
    public void everything() {
        changed(EVERYTHING, EVERYTHING);
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
                        "select seq, kind, record_id from directory_change_log where seq > ? order by seq")) {
            s.setLong(1, seq);
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    changes.add(new Change(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change log", e);
        }
        return changes;
    }

    /**
     * Forgets entries older than a day, but the last: an instance that was away longer reads everything
     * again, and the last position stays known.
     */
    public void prune() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from directory_change_log where changed_at < ? "
                        + "and seq < (select max(seq) from directory_change_log)")) {
            s.setObject(1, java.time.OffsetDateTime.now().minusDays(1));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prune the change log", e);
        }
    }
}
