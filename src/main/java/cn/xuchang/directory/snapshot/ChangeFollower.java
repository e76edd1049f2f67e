package cn.xuchang.directory.snapshot;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.xuchang.directory.editing.DirectoryChanged;

/** Brings the directory in memory up to a change made here at once, rather than at the next poll. */
@ApplicationScoped
public class ChangeFollower {

    void onChange(@Observes DirectoryChanged change, DirectoryCache cache) {
        cache.follow();
    }
}
