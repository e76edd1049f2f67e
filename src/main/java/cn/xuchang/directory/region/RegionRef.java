package cn.xuchang.directory.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short reference to a region, as it appears inside other records. */
@Schema(name = "RegionRef", requiredProperties = {"code", "name", "level"})
public record RegionRef(
        @Schema(examples = "411081") String code,
        @Schema(examples = "禹州市") String name,
        @Schema(examples = "county_level_city") RegionLevel level) {

    public static RegionRef of(RegionView region) {
        return region == null ? null : new RegionRef(region.code(), region.name(), region.level());
    }

    public static RegionRef from(Region region) {
        return region == null ? null : new RegionRef(region.code, region.name, region.level);
    }
}
