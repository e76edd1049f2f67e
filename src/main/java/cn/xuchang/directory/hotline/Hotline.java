package cn.xuchang.directory.hotline;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.NumberKind;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import cn.xuchang.directory.record.EditableRecord;

/** 热线 (hotline): a number citizens call, the services it answers for and the regions it serves. */
@Entity
@Table(name = "hotline")
@Audited
public class Hotline extends EditableRecord {

    /** Canonical form for comparison: E.164 or the short number itself. */
    public String numberKey;

    public String e164;

    /** The form people know: 0374-8297716. */
    public String display;

    @Enumerated(EnumType.STRING)
    public NumberKind kind;

    @Enumerated(EnumType.STRING)
    public HotlineType type;

    public String label;

    public String description;

    /** Opening hours as a source states them; absent when unknown. */
    public String hours;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @ManyToMany
    @JoinTable(name = "hotline_service", joinColumns = @JoinColumn(name = "hotline_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    public Set<PublicService> services = new LinkedHashSet<>();

    /** True for a national number that serves everywhere; {@link #regions} is then empty. */
    public boolean nationwide;

    /** 服务区域: the regions this hotline serves; finer regions without a desk of their own fall back to it. */
    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "hotline_region", joinColumns = @JoinColumn(name = "hotline_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    public Set<Region> regions = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    public HotlineStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    public Hotline mergedInto;

    public String statusNote;

    public void setNumber(DialNumber number) {
        numberKey = number.key();
        e164 = number.e164();
        display = number.display();
        kind = number.kind();
    }

    public String tel() {
        return "tel:" + numberKey;
    }

    @Override
    public String ownerId() {
        return organization == null ? null : organization.id;
    }
}
