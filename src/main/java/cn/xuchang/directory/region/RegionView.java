package cn.xuchang.directory.region;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A region as the API lists it. */
@Schema(name = "Region", requiredProperties = {"code", "name", "level"})
public record RegionView(
        @Schema(description = "6-digit code for province, city and county level, 9-digit for townships", examples = "411081204") String code,
        @Schema(examples = "磨街乡") String name,
        @Schema(examples = "township") RegionLevel level,
        @Schema(description = "Code of the region above, absent for the top", examples = "411081") String parentCode,
        @Schema(description = "Hanyu pinyin of the name, syllables separated by spaces", examples = "mo jie xiang") String pinyin,
        @Schema(description = "Short names and other names people use", examples = "[\"磨街\"]") List<String> aliases,
        @Schema(description = "Where this record comes from") String source) {

    public static RegionView from(Region region) {
        return new RegionView(region.code, region.name, region.level,
                region.parent == null ? null : region.parent.code, region.pinyin,
                List.copyOf(region.aliases), region.source);
    }
}
