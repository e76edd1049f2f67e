package cn.xuchang.directory.ratelimit;

import java.time.Instant;

import jakarta.persistence.Column;
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
    @Column(name = "key_hash")
    public String keyHash;

    @Column(name = "per_minute")
    public long perMinute;

    public long burst;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;

    boolean active() {
        return revokedAt == null;
    }
}
