package cn.xuchang.directory.importer;

import java.io.Serializable;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * 导入记账 (import bookkeeping): for one data/ record, the hash of its file entry when it was last
 * applied and the record's version right after, so a later start can tell who changed what since.
 */
@Entity
@Table(name = "data_record")
public class DataRecordState extends PanacheEntityBase {

    /** Kind and id of the record. */
    @Embeddable
    public record Key(String kind, String recordId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public String entryHash;

    public long appliedVersion;
}
