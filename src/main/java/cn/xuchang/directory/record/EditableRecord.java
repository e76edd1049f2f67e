package cn.xuchang.directory.record;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 可编辑记录 (editable record): what every record an office can change carries — its id and source, a
 * version for optimistic concurrency, when it was last verified and by whom, and who changed it last.
 */
@MappedSuperclass
@Audited
public abstract class EditableRecord extends PanacheEntityBase {

    /** The record's stable id (a slug). */
    @Id
    public String id;

    /** Where the facts come from. */
    public String source;

    @Version
    public long version;

    /** When an editor last confirmed the record; absent when never. */
    public LocalDate lastVerified;

    public String verifiedBy;

    public Instant updatedAt;

    public String updatedBy;

    public String id() {
        return id;
    }

    /** The id of the organization responsible for the record, which decides who may edit it; null when none. */
    public abstract String ownerId();
}
