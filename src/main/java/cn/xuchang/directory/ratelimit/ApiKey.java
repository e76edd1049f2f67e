package cn.xuchang.directory.ratelimit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** 合作方密钥 (partner API key): its name, quota and the SHA-256 of the key; the key itself is never stored. */
@Entity
@Table(name = "api_key")
public class ApiKey extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** Lower-case hex SHA-256 of the key as the partner sends it in X-API-Key. */
    public String keyHash;

    public long perMinute;

    public long burst;

    public Instant createdAt;

    public String createdBy;

    public Instant revokedAt;

    public String revokedBy;

    boolean active() {
        return revokedAt == null;
    }
}
