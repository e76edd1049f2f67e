package cn.xuchang.directory.region;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 行政区划 (region): the city, a county-level unit, a function area or a township. */
@Entity
@Table(name = "region")
public class Region extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public RegionLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    public Region parent;

    public String pinyin;

    @ElementCollection
    @CollectionTable(name = "region_alias", joinColumns = @JoinColumn(name = "region_code"))
    @Column(name = "alias")
    @OrderColumn(name = "position")
    public List<String> aliases = new ArrayList<>();

    public String source;

    /** Source of the aliases and pinyin given in data/region-names.yaml, when there is an entry. */
    public String namesSource;
}
