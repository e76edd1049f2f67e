package cn.xuchang.directory.snapshot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * 变更计数 (change counter): one number in the database that every committed change raises, so that
 * every instance of the service can tell cheaply that the directory changed.
 */
@ApplicationScoped
public class ChangeCounter {

    private final EntityManager em;
    private final DataSource dataSource;

    public ChangeCounter(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Raises the counter inside the caller's transaction; it becomes visible when that commits. */
    public void raise() {
        em.createNativeQuery("update directory_change set version = version + 1 where id = 1").executeUpdate();
    }

    /** The counter as committed now; needs no transaction. */
    public long current() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select version from directory_change where id = 1")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the change counter", e);
        }
    }
}
