package cn.xuchang.directory.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.resolve.NumberLookupView;

/** The answers to one lookup query, best first. */
@Schema(name = "Lookup", requiredProperties = {"query", "answers"})
public record LookupView(
        @Schema(description = "The query as it was sent", examples = "禹州 创业贷款") String query,
        @Schema(description = "The place the answers are for: recognised in the query, pinned, or the city by default") LookupAnswer.Place place,
        @Schema(description = "When the query was a phone number: what the directory knows of it") NumberLookupView number,
        @Schema(description = "Answers, best first; empty when nothing matched", maxItems = LookupService.MAX_LIMIT) List<LookupAnswer> answers,
        @Schema(description = "When the query names a place of China outside the directory's area: that place; "
                + "the answers are then only numbers that answer nationwide") LookupAnswer.OutsideArea outsideArea) {

    LookupView(String query, LookupAnswer.Place place, NumberLookupView number, List<LookupAnswer> answers) {
        this(query, place, number, answers, null);
    }
}
