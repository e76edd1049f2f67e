package cn.xuchang.directory.location;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.region.RegionRef;

/** A service centre with its windows. */
@Schema(name = "Location")
public record LocationView(
        @Schema(examples = "xuchang-citizen-centre") String id,
        @Schema(examples = "市民之家") String name,
        @Schema(description = "Street address, absent when no source gives it") String address,
        RegionRef region,
        @Schema(description = "The windows in this centre, by id") List<ServiceWindowView> windows,
        @Schema(description = "Where this record comes from") String source) {

    public static LocationView from(Location l) {
        return new LocationView(l.id, l.name, l.address, RegionRef.from(l.region),
                l.windows.stream().map(ServiceWindowView::from).toList(), l.source);
    }
}
