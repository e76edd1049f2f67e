package cn.xuchang.directory.hotline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.SourceCitation;
import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.hours.OpenState;
import cn.xuchang.directory.hours.Schedule;
import cn.xuchang.directory.record.HasId;
import cn.xuchang.directory.record.StoredRow;
import cn.xuchang.directory.record.Versioned;
import cn.xuchang.directory.organization.OrganizationRef;
import cn.xuchang.directory.phone.NumberKind;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;

/** A hotline as the API shows it: the number in the forms people and phones need, and whom it serves. */
@Schema(name = "Hotline",
        requiredProperties = {"id", "number", "tel", "kind", "type", "label", "services", "nationwide", "regions",
                "status", "source", "version", "updatedAt"})
public record HotlineView(
        @Schema(description = "Stable id (slug)", examples = "startup-loan-yuzhou") String id,
        @Schema(description = "The number as people know it", examples = "0374-8297716") String number,
        @Schema(description = "E.164 form; absent for short numbers", examples = "+863748297716") String e164,
        @Schema(description = "URI to dial it", examples = "tel:+863748297716") String tel,
        @Schema(examples = "fixed_line") NumberKind kind,
        @Schema(examples = "consultation") HotlineType type,
        @Schema(examples = "创业担保贷款服务电话（禹州市）") String label,
        @Schema(description = "What the hotline is for") String description,
        @Schema(description = "Opening hours as a source states them; absent when unknown", examples = "工作日 9:00-17:00") String hours,
        @Schema(description = "The parsed form of hours (read-only); absent when hours are unknown") Schedule schedule,
        @Schema(description = "In resolve and lookup answers: open now, today's periods and when it next opens; absent elsewhere and when hours are unknown") OpenState open,
        OrganizationRef organization,
        @Schema(description = "Services this hotline answers for") List<ServiceRef> services,
        @Schema(description = "True for a national number that serves everywhere") boolean nationwide,
        @Schema(description = "服务区域: the regions it serves (empty when nationwide)") List<RegionRef> regions,
        @Schema(examples = "active") HotlineStatus status,
        @Schema(description = "For a merged hotline, the one that now takes its calls") HotlineRef mergedInto,
        @Schema(description = "Why the status is what it is") String statusNote,
        @Schema(description = "Where this record comes from, as recorded (may name a file of the data repository)") String source,
        @Schema(description = "The source as a citizen reads it: publication, month, section; absent without a source") SourceCitation citation,
        @Schema(description = "When an editor last confirmed the record; absent when never") LocalDate lastVerified,
        @Schema(description = "Version of the record; send it back in If-Match to change the record", examples = "3") long version,
        @Schema(description = "When the record last changed") java.time.Instant updatedAt) implements Versioned, HasId {

    /** Without the parsed schedule and the open state: both follow from the hours. */
    public HotlineView(String id, String number, String e164, String tel, NumberKind kind, HotlineType type,
            String label, String description, String hours, OrganizationRef organization, List<ServiceRef> services,
            boolean nationwide, List<RegionRef> regions, HotlineStatus status, HotlineRef mergedInto, String statusNote,
            String source, LocalDate lastVerified, long version, java.time.Instant updatedAt) {
        this(id, number, e164, tel, kind, type, label, description, hours, HoursParser.parseOrNull(hours), null,
                organization, services, nationwide, regions, status, mergedInto, statusNote, source,
                SourceCitation.of(source), lastVerified, version, updatedAt);
    }

    /** The hotline with whether it is open now, for an answer. */
    public HotlineView withOpen(OpenState state) {
        return new HotlineView(id, number, e164, tel, kind, type, label, description, hours, schedule, state,
                organization, services, nationwide, regions, status, mergedInto, statusNote, source, citation,
                lastVerified, version, updatedAt);
    }

    /** A short reference to another hotline. */
    @Schema(name = "HotlineRef", requiredProperties = {"id", "number", "tel", "label"})
    public record HotlineRef(
            @Schema(examples = "national-12345") String id,
            @Schema(examples = "12345") String number,
            @Schema(examples = "tel:12345") String tel,
            @Schema(examples = "政务服务便民热线") String label) {

        public static HotlineRef from(Hotline h) {
            return h == null ? null : new HotlineRef(h.id, h.display, h.tel(), h.label);
        }
    }

    /** What a stored hotline refers to, as the snapshot shares it between records. */
    public interface Refs {
        OrganizationRef organization(String id);

        List<ServiceRef> services(List<String> ids);

        List<RegionRef> regions(List<String> codes);

        HotlineRef hotline(String id);
    }

    /** A hotline from its row in the table; every column it shows is named here and in the entity only. */
    public static HotlineView fromRow(StoredRow r, Refs refs) {
        return new HotlineView(r.text("id"), r.text("display"), r.text("e164"), "tel:" + r.text("number_key"),
                NumberKind.valueOf(r.text("kind")), HotlineType.valueOf(r.text("type")), r.text("label"),
                r.text("description"), r.text("hours"), refs.organization(r.text("organization_id")),
                refs.services(r.linked("hotline_service")), r.flag("nationwide"),
                refs.regions(r.linked("hotline_region")), HotlineStatus.valueOf(r.text("status")),
                refs.hotline(r.text("merged_into_id")), r.text("status_note"), r.text("source"),
                r.date("last_verified"), r.number("version"), r.instant("updated_at"));
    }

    public static HotlineView from(Hotline h) {
        return new HotlineView(h.id, h.display, h.e164, h.tel(), h.kind, h.type, h.label, h.description, h.hours,
                OrganizationRef.from(h.organization), 
                h.services.stream().map(ServiceRef::from).sorted(Comparator.comparing(ServiceRef::id)).toList(),
                h.nationwide, h.regions.stream().map(RegionRef::from).sorted(Comparator.comparing(RegionRef::code)).toList(), h.status,
                HotlineRef.from(h.mergedInto), h.statusNote, h.source, h.lastVerified, h.version,
                h.updatedAt);
    }
}
