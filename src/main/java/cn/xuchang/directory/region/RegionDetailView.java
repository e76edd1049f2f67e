package cn.xuchang.directory.region;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One region with the regions above it (root first) and directly below it. */
@Schema(name = "RegionDetail", requiredProperties = {"region", "ancestors", "children"})
public record RegionDetailView(
        @Schema(implementation = RegionView.class) RegionView region,
        @Schema(description = "The regions above, from the province down to the parent",
                // Codes have four levels (RegionCode): province, prefecture, county, township.
                maxItems = 3) List<RegionRef> ancestors,
        @Schema(description = "The regions directly below, by code") List<RegionRef> children) {
}
