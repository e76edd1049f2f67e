package cn.xuchang.directory.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.channel.ChannelView;
import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;

/**
 * Builds the search index and place recognizer of each snapshot, once, before the snapshot is served; the
 * former names (data/former-names.csv), the English names (data/english-names.yaml) and the places of all China
 * are read once, at start.
 */
@ApplicationScoped
public class SearchModel implements SnapshotDerivation<SearchModel.Built> {

    /** Everything a lookup searches, built from one snapshot so that it is consistent with it. */
    record Built(SearchIndex index, PlaceRecognizer places, FormerNames formerNames, OutsidePlaces outside,
            EnglishNames english) {
    }

    private final FormerNames formerNames;
    private final EnglishNames english;
    private final OutsidePlaces outside = OutsidePlaces.load();

    SearchModel(DirectoryConfig config) {
        this.formerNames = FormerNames.read(Path.of(config.dataDir()));
        this.english = EnglishNames.read(Path.of(config.dataDir()));
    }

    @Override
    public Class<Built> type() {
        return Built.class;
    }

    @Override
    public Built derive(DirectorySnapshot snapshot) {
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
        for (ChannelView c : snapshot.channels().values()) {
            names.add(new SearchIndex.Name("channel", c.id(), c.name()));
            if (c.handle() != null) {
                names.add(new SearchIndex.Name("channel", c.id(), c.handle()));
            }
        }
        for (EnglishNames.Row row : english.rows()) {
            row.names().forEach(name -> names.add(new SearchIndex.Name(row.kind(), row.id(), name, true)));
        }
        return new Built(SearchIndex.build(names), new PlaceRecognizer(snapshot.regions().values(), formerNames,
                snapshot::region), formerNames, outside, english);
    }
}
