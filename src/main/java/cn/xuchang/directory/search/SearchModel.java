package cn.xuchang.directory.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectoryRefreshed;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/** The search index and place recognizer for the current snapshot, rebuilt whenever the directory changes. */
@ApplicationScoped
public class SearchModel {

    /** Everything a lookup reads, built from one snapshot so that it is consistent. */
    record Built(DirectorySnapshot snapshot, SearchIndex index, PlaceRecognizer places) {
    }

    private final DirectoryCache cache;
    private volatile Built current;

    public SearchModel(DirectoryCache cache) {
        this.cache = cache;
    }

    void onRefresh(@Observes DirectoryRefreshed event) {
        current = build(event.snapshot());
    }

    Built current() {
        Built built = current;
        DirectorySnapshot snapshot = cache.current();
        if (built == null || built.snapshot() != snapshot) {
            built = build(snapshot);
            current = built;
        }
        return built;
    }

    private static Built build(DirectorySnapshot snapshot) {
        List<SearchIndex.Name> names = new ArrayList<>();
        for (ServiceView s : snapshot.services().values()) {
            names.add(new SearchIndex.Name("service", s.id(), s.name()));
            s.aliases().forEach(alias -> names.add(new SearchIndex.Name("service", s.id(), alias)));
        }
        for (OrganizationView o : snapshot.organizations().values()) {
            names.add(new SearchIndex.Name("organization", o.id(), o.name()));
            if (o.shortName() != null) {
                names.add(new SearchIndex.Name("organization", o.id(), o.shortName()));
            }
        }
        return new Built(snapshot, SearchIndex.build(names), new PlaceRecognizer(snapshot.regions().values()));
    }
}
