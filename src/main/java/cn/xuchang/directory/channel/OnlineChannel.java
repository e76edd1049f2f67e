package cn.xuchang.directory.channel;

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

import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.record.RetirableRecord;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.service.PublicService;

/** 渠道 (online channel): a way to reach an office other than a phone call — a mailbox, a platform, an account. */
@Entity
@Table(name = "online_channel")
@Audited
public class OnlineChannel extends RetirableRecord {

    @Enumerated(EnumType.STRING)
    public ChannelType type;

    public String name;

    /** The account's name or number where a source gives one (a WeChat account's name); absent otherwise. */
    public String handle;

    /** The address, only where a source gives it. */
    public String url;

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @ManyToMany
    @JoinTable(name = "online_channel_service", joinColumns = @JoinColumn(name = "channel_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    public Set<PublicService> services = new LinkedHashSet<>();

    /** The regions whose citizens it serves, where a source says so. */
    @ManyToMany
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @JoinTable(name = "online_channel_region", joinColumns = @JoinColumn(name = "channel_id"),
            inverseJoinColumns = @JoinColumn(name = "region_code"))
    public Set<Region> regions = new LinkedHashSet<>();

    @Override
    public String ownerId() {
        return organization == null ? null : organization.id;
    }
}
