package cn.xuchang.directory.resolve;

import cn.xuchang.directory.hotline.HotlineView;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.hotline.HotlineView.HotlineRef;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/** The answer to "for this service, where I live, whom do I call and where do I go?". */
@Schema(name = "Resolution", requiredProperties = {"service", "region", "fallback", "hotlines", "windows"})
public record ResolutionView(
        ServiceRef service,
        @Schema(description = "The region asked about") RegionRef region,
        @Schema(description = "The region whose desk answered; absent when no local desk serves the region") RegionRef answeredBy,
        @Schema(description = "True when the desk belongs to a region above the one asked about") boolean fallback,
        @Schema(description = "Numbers to call: the local desk first, then national numbers") List<Answer> hotlines,
        @Schema(description = "Windows to visit, of the region that answered") List<ServiceWindowView> windows) {

    /** One number to call in a resolution. */
    @Schema(name = "ResolvedHotline", requiredProperties = {"scope", "hotline"})
    public record Answer(
            @Schema(description = "local for a desk of the region that answered, nationwide for national numbers",
                    enumeration = {"local", "nationwide"}, examples = "local") String scope,
            HotlineView hotline,
            @Schema(description = "Merged numbers whose calls this hotline now takes") List<HotlineRef> replaces) {
    }

}
