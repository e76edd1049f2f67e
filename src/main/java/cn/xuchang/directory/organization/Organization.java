package cn.xuchang.directory.organization;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.xuchang.directory.region.Region;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import cn.xuchang.directory.record.RetirableRecord;

/** 机构 (organization): a government office or other body that answers citizens. */
@Entity
@Table(name = "organization")
@Audited
public class Organization extends RetirableRecord {

    public String name;

    public String shortName;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization parent;

    /** 管辖区域: the region the organization is responsible for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    public String description;

    @Override
    public String ownerId() {
        return id;
    }
}
