package cn.xuchang.directory.resolve;

import cn.xuchang.directory.hotline.HotlineView;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.NumberKind;

/** Whether a number is an official one in the directory, and whose. */
@Schema(name = "NumberLookup", requiredProperties = {"query", "listed", "hotlines"})
public record NumberLookupView(
        @Schema(description = "The number as it was sent", examples = "+86 374 829 7716") String query,
        @Schema(description = "The number as people know it", examples = "0374-8297716") String number,
        @Schema(description = "E.164 form; absent for short numbers", examples = "+863748297716") String e164,
        @Schema(examples = "tel:+863748297716") String tel,
        @Schema(examples = "fixed_line") NumberKind kind,
        @Schema(description = "True when the number is in the directory") boolean listed,
        @Schema(description = "The directory's hotlines with this number; empty when it is not listed") List<HotlineView> hotlines) {

    public static NumberLookupView of(String query, DialNumber number, List<HotlineView> hotlines) {
        return new NumberLookupView(query, number.display(), number.e164(), number.tel(), number.kind(),
                !hotlines.isEmpty(), hotlines);
    }
}
