package cn.xuchang.directory.location;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import cn.xuchang.directory.organization.Organization;
import cn.xuchang.directory.service.PublicService;
import org.hibernate.envers.Audited;

import cn.xuchang.directory.record.RetirableRecord;

/** 办事窗口 (service window): one counter inside a service centre, e.g. 一楼B区118. */
@Entity
@Table(name = "service_window")
@Audited
public class ServiceWindow extends RetirableRecord {

    @ManyToOne(fetch = FetchType.LAZY)
    public Location location;

    public String label;

    /** 楼层, e.g. 一楼. */
    public String floor;

    /** 区域, e.g. B区. */
    public String zone;

    /** 窗口号, e.g. 118. */
    public String number;

    /** Opening hours of the window as a source states them; absent when unknown (the centre's then hold). */
    public String hours;

    @ManyToOne(fetch = FetchType.LAZY)
    public Organization organization;

    @ManyToMany
    @JoinTable(name = "service_window_service", joinColumns = @JoinColumn(name = "window_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    public Set<PublicService> services = new LinkedHashSet<>();

    /** Where to go, as a citizen would read it: 市民之家一楼B区118. */
    public String place() {
        return place(location.name, floor, zone, number);
    }

    /** The centre's name followed by the floor, zone and number that are known. */
    public static String place(String centre, String floor, String zone, String number) {
        StringBuilder place = new StringBuilder(centre);
        for (String part : new String[] {floor, zone, number}) {
            if (part != null) {
                place.append(part);
            }
        }
        return place.toString();
    }

    @Override
    public String ownerId() {
        return organization == null ? null : organization.id;
    }
}
