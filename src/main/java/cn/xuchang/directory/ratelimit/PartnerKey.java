package cn.xuchang.directory.ratelimit;

import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;

/**
 * 生效的密钥 (a key in force on this instance): its quota, its bucket here, and its usage counters, tagged by the
 * key's id and name — never the key.
 */
record PartnerKey(String id, String name, Quota quota, Bucket bucket, Counter allowed, Counter limited) {

    /** Same key and quota: the bucket (and what it has counted) carries over a refresh. */
    boolean sameAs(String otherId, long perMinute, long burst) {
        return id.equals(otherId) && quota.perMinute() == perMinute && quota.burst() == burst;
    }
}
