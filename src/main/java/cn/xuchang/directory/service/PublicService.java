package cn.xuchang.directory.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import cn.xuchang.directory.organization.Organization;
import org.hibernate.envers.Audited;

import cn.xuchang.directory.record.RetirableRecord;

/** 办事事项 (public service): something a citizen comes to get done, such as 创业担保贷款. */
@Entity
@Table(name = "public_service")
@Audited
public class PublicService extends RetirableRecord {

    public String name;

    /** Other names citizens use: 创业贷款, 贴息贷款. */
    @ElementCollection
    @CollectionTable(name = "service_alias", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "alias")
    @OrderColumn(name = "position")
    public List<String> aliases = new ArrayList<>();

    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @Override
    public String ownerId() {
        return organization == null ? null : organization.id;
    }
}
