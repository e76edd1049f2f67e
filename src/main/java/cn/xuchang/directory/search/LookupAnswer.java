package cn.xuchang.directory.search;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.common.SourceCitation;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.hours.OpenState;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.channel.ChannelView;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.organization.OrganizationView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/**
 * One answer to a citizen's query: what a front end shows, without a second call, and why it matched.
 * The full record is at /api/v1/hotlines/{id}, /windows/{id}, /organizations/{id} or /channels/{id}.
 */
@Schema(name = "LookupAnswer", requiredProperties = {"kind", "id", "label", "fallback"})
public record LookupAnswer(
        @Schema(description = "What the answer is", enumeration = {"hotline", "window", "organization", "channel"},
                examples = "hotline") String kind,
        @Schema(description = "Id of the hotline, window, organization or online channel",
                examples = "startup-loan-yuzhou") String id,
        @Schema(description = "What to show as its name", examples = "创业担保贷款服务电话（禹州市）") String label,
        @Schema(description = "The English name of its service (for hotlines and windows), organization or channel, when "
                + "data/english-names.yaml gives one") EnglishName english,
        @Schema(description = "The service the answer is for, when it is for one") ServiceRef service,
        @Schema(description = "For hotlines: the number as people know it", examples = "0374-8297716") String number,
        @Schema(description = "For hotlines: URI to dial it", examples = "tel:+863748297716") String tel,
        @Schema(description = "For windows: where to go, as one line", examples = "市民之家一楼B区118") String place,
        @Schema(description = "For windows: street address of the centre, when a source gives it") String address,
        @Schema(description = "For windows whose centre has coordinates: links that open a phone's map app there") cn.xuchang.directory.geo.MapLinks map,
        @Schema(description = "The organization behind it") OrganizationRef organization,
        @Schema(description = "For hotlines: local for a desk of the region that answered, nationwide for national numbers",
                enumeration = {"local", "nationwide"}) String scope,
        @Schema(description = "The region whose desk answered") RegionRef answeredBy,
        @Schema(description = "True when that region is above the place asked about") boolean fallback,
        @Schema(description = "What it is for, for organizations, online channels and national numbers") String description,
        @Schema(description = "Where the record comes from, as recorded (may name a file of the data repository)") String source,
        @Schema(description = "The source as a citizen reads it: publication, month, section") SourceCitation citation,
        @Schema(description = "When an editor last confirmed the record; absent when never") LocalDate lastVerified,
        @Schema(description = "For hotlines and windows: opening hours as published (a window's own, else its centre's); absent when unknown",
                examples = "工作日 9:00-17:00") String hours,
        @Schema(description = "For hotlines and windows with hours: open now, today's periods and when it next opens") OpenState open,
        Why why) {

    /** The answer with whether it is open at the moment of answering. */
    LookupAnswer withOpen(OpenState state) {
        return new LookupAnswer(kind, id, label, english, service, number, tel, place, address, map, organization, scope,
                answeredBy,
                fallback, description, source, citation, lastVerified, hours, state, why);
    }

    /** The answer with the English name of what it is for. */
    LookupAnswer withEnglish(EnglishName name) {
        return name == null ? this : new LookupAnswer(kind, id, label, name, service, number, tel, place, address,
                map, organization, scope, answeredBy, fallback, description, source, citation, lastVerified, hours, open, why);
    }

    /** 英文名称 (English name): the official one, or this project's translation; its source is in data/english-names.yaml. */
    @Schema(name = "LookupEnglishName")
    public record EnglishName(
            @Schema(description = "The English name", examples = "Startup guarantee loan") String name,
            @Schema(description = "True when no official English name was found and this is a translation (the source "
                    + "of each is in data/english-names.yaml)") boolean translation) {
    }

    /** Why an answer matched: the query terms used, the name they matched, the place and the number recognised. */
    @Schema(name = "LookupWhy", requiredProperties = {"terms"})
    public record Why(
            @Schema(maxItems = Limits.QUERY, description = "The words of the query that were searched for, after place and question words were taken out",
                    examples = "[\"创业贷款\"]") List<String> terms,
            @Schema(description = "The name or alias of the service or organization they matched", examples = "创业贷款") String matched,
            @Schema(description = "The place recognised in the query or pinned by the region parameter") Place place,
            @Schema(description = "The phone number recognised in the query", examples = "0374-8297716") String number) {
    }

    /** A place in a query: the text that named it and the region it is. */
    @Schema(name = "LookupPlace", requiredProperties = {"text"})
    public record Place(
            @Schema(description = "The text that named the place, or the region parameter", examples = "禹州") String text,
            RegionRef region,
            @Schema(description = "When the text is a former name of the region (许昌县 for 建安区): the change and its source") FormerName formerName) {

        Place(String text, RegionRef region) {
            this(text, region, null);
        }
    }

    /** 曾用名 (former name): a place's old name that citizens still use, with the change and who reported it. */
    @Schema(name = "LookupFormerName", requiredProperties = {"name", "label"})
    public record FormerName(
            @Schema(description = "The former name", examples = "许昌县") String name,
            @Schema(description = "What to show: the former name with the current one", examples = "许昌县（现建安区）") String label,
            @Schema(description = "When the change was approved", examples = "2016-11-28") LocalDate changed,
            @Schema(description = "The approving document", examples = "国函〔2016〕189号 (国务院关于同意河南省调整许昌市部分行政区划的批复)") String authority,
            @Schema(description = "A public page that reports the change", examples = "http://hnr.cn/news/snxw/201701/t20170119_2885428.html") String source) {
    }

    /** A place of China named in a query that the directory does not cover. */
    @Schema(name = "LookupOutsideArea", requiredProperties = {"text", "name", "code", "level"})
    public record OutsideArea(
            @Schema(description = "The text that named the place", examples = "洛阳") String text,
            @Schema(description = "Full name of the division", examples = "洛阳市") String name,
            @Schema(description = "Its code (国家统计局 2023, GB/T 2260 style)", examples = "410300") String code,
            @Schema(description = "Its level", enumeration = {"province", "city", "county"}, examples = "city") String level,
            @Schema(description = "What the answers are: only numbers that answer everywhere, never a local desk of the directory's area",
                    examples = "洛阳不在本目录范围内（许昌市），以下仅为全国统一服务号码") String note) {
    }

    static LookupAnswer hotline(HotlineView h, ServiceRef service, String scope, RegionRef answeredBy,
            boolean fallback, Why why) {
        return new LookupAnswer("hotline", h.id(), h.label(), null, service, h.number(), h.tel(), null, null, null,
                h.organization(), scope, answeredBy, fallback, h.nationwide() ? h.description() : null, h.source(),
                h.citation(),
                h.lastVerified(), h.hours(), null, why);
    }

    static LookupAnswer window(ServiceWindowView w, ServiceRef service, RegionRef answeredBy, boolean fallback,
            Why why) {
        return new LookupAnswer("window", w.id(), w.label(), null, service, null, null, w.place(),
                w.location().address(), w.location().map(),
                w.organization(), null, answeredBy, fallback, null, w.source(), SourceCitation.of(w.source()), null, w.hoursInForce(), null, why);
    }

    /** An online channel (a mailbox, a platform, an account): named with the organization that answers it. */
    static LookupAnswer channel(ChannelView c, Why why) {
        return new LookupAnswer("channel", c.id(), c.name(), null, null, null, null, null, null, null,
                c.organization(), null,
                c.regions().isEmpty() ? null : c.regions().get(0), false, c.description(), c.source(), SourceCitation.of(c.source()),
                c.lastVerified(), null, null, why);
    }

    static LookupAnswer organization(OrganizationView o, Why why) {
        return new LookupAnswer("organization", o.id(), o.name(), null, null, null, null, null, null, null,
                new OrganizationRef(o.id(), o.name(), o.shortName()), null, o.region(), false, o.description(),
                o.source(), SourceCitation.of(o.source()), null, null, null, why);
    }
}
