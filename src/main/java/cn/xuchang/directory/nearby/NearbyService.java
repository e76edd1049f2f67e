package cn.xuchang.directory.nearby;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.location.LocationView;
import cn.xuchang.directory.location.NearbyLocations;
import cn.xuchang.directory.snapshot.DirectoryCache;

/** 附近查询 (near): one page of the nearest centres from the served snapshot, each with its windows and open state. */
@ApplicationScoped
public class NearbyService implements NearbyLocations {

    private final DirectoryCache directory;
    private final OpeningHours hours;

    public NearbyService(DirectoryCache directory, OpeningHours hours) {
        this.directory = directory;
        this.hours = hours;
    }

    @Override
    public PageView<LocationView> near(Coordinates point, int radius, Paging paging) {
        int page = paging.page();
        int size = paging.size();
        DirectoryCache.Served served = directory.served();
        NearIndex.Nearest nearest = served.derived(NearIndex.Built.class)
                .within(point, radius, (long) (page - 1) * size, size);
        return PageView.of(nearest.hits().stream()
                .map(h -> h.location().near((int) Math.round(h.metres()), hours.now(h.location().hours())))
                .toList(), paging, nearest.total());
    }
}
