package cn.xuchang.directory.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * 变更计数 (change counter): one number in the database that every committed change raises, so that
 * every instance of the service can tell cheaply that the directory changed.
 */
@ApplicationScoped
public class ChangeCounter {

    private final EntityManager em;

    public ChangeCounter(EntityManager em) {
        this.em = em;
    }

    /** Raises the counter inside the caller's transaction; it becomes visible when that commits. */
    public void raise() {
        em.createNativeQuery("update directory_change set version = version + 1 where id = 1").executeUpdate();
    }

    /** The counter as committed now. */
    public long current() {
        return ((Number) em.createNativeQuery("select version from directory_change where id = 1")
                .getSingleResult()).longValue();
    }
}
