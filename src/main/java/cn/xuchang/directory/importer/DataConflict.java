package cn.xuchang.directory.importer;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 冲突 (conflict): a record changed both in data/ and through the API; the database's version was kept. */
@Entity
@Table(name = "data_conflict")
public class DataConflict extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String kind;

    public String recordId;

    public String file;

    public Instant detectedAt;

    public String message;

    public boolean resolved;
}
