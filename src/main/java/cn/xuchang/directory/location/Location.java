package cn.xuchang.directory.location;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import cn.xuchang.directory.region.Region;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 服务场所 (location): a service centre such as 市民之家, where citizens go in person. */
@Entity
@Table(name = "location")
public class Location extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** As far as a source gives it; absent when unknown. */
    public String address;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_code")
    public Region region;

    public String source;

    @OneToMany(mappedBy = "location")
    @OrderBy("id")
    public List<ServiceWindow> windows = new ArrayList<>();
}
