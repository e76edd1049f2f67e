package cn.xuchang.directory.hsds;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * HSDS 目录的派生 (HSDS catalogue derivation): gives each snapshot its {@link HsdsCatalog}, built on the first
 * HSDS request rather than on every edit, so that editing a large directory costs nothing here until a partner
 * asks.
 */
@ApplicationScoped
class HsdsCatalogs implements SnapshotDerivation<HsdsCatalogs.Lazy> {

    /** The catalogue of one snapshot, made once when first asked for. */
    static final class Lazy {
        private final DirectorySnapshot snapshot;
        private volatile HsdsCatalog catalog;

        Lazy(DirectorySnapshot snapshot) {
            this.snapshot = snapshot;
        }

        HsdsCatalog get() {
            HsdsCatalog built = catalog;
            if (built == null) {
                synchronized (this) {
                    built = catalog;
                    if (built == null) {
                        built = new HsdsCatalog(snapshot);
                        catalog = built;
                    }
                }
            }
            return built;
        }
    }

    @Override
    public Class<Lazy> type() {
        return Lazy.class;
    }

    @Override
    public Lazy derive(DirectorySnapshot snapshot) {
        return new Lazy(snapshot);
    }
}
