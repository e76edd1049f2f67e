package cn.xuchang.directory.location;

import cn.xuchang.directory.common.PageView;
import cn.xuchang.directory.common.Paging;
import cn.xuchang.directory.geo.Coordinates;

/**
 * 附近的办事大厅 (the nearest service centres): answered from the directory in memory, a layer above this package,
 * which implements this and is found through CDI.
 */
public interface NearbyLocations {

    /** Centres in service within {@code radius} metres of the point, nearest first (then by id), one page of them. */
    PageView<LocationView> near(Coordinates point, int radius, Paging paging);
}
