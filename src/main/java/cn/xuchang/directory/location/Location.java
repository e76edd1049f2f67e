package cn.xuchang.directory.location;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.region.Region;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

import cn.xuchang.directory.record.RetirableRecord;

/** 服务场所 (location): a service centre such as 市民之家, where citizens go in person. */
@Entity
@Table(name = "location")
@Audited
public class Location extends RetirableRecord {

    public String name;

    /** As far as a source gives it; absent when unknown. */
    public String address;

    /** Where the centre is, as a source gives it (never estimated); absent when unknown. With longitude and datum. */
    public Double latitude;

    public Double longitude;

    /** WGS-84 or GCJ-02: the datum latitude and longitude are given in. */
    public String datum;

    /** Opening hours as a source states them (hours/HoursParser reads them); absent when unknown. */
    public String hours;

    @ManyToOne(fetch = FetchType.LAZY)
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Region region;

    /** The organization that runs the centre, when a source says so; it decides who may edit the record. */
    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @OneToMany(mappedBy = "location")
    @org.hibernate.envers.NotAudited
    @OrderBy("id")
    public List<ServiceWindow> windows = new ArrayList<>();

    /** The centre's coordinates with their datum; null when no source gives them. */
    public cn.xuchang.directory.geo.Coordinates coordinates() {
        return cn.xuchang.directory.geo.Coordinates.of(latitude, longitude, datum);
    }

    @Override
    public String ownerId() {
        return organization == null ? null : organization.id;
    }
}
