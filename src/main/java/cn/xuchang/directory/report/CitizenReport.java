package cn.xuchang.directory.report;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 群众反映 (citizen report): someone says a record is wrong — a dead number, a moved desk. No personal data is kept. */
@Entity
@Table(name = "citizen_report")
public class CitizenReport extends PanacheEntityBase {

    @Id
    public String id;

    public String recordKind;

    public String recordId;

    /** The organization responsible for the record when the report came in; its editors handle it. */
    public String organizationId;

    public String problem;

    public String text;

    public String status;

    public Instant createdAt;

    public Instant closedAt;

    public String closedBy;

    public String resolution;
}
