package cn.xuchang.directory.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under the {@code directory.} prefix. */
@ConfigMapping(prefix = "directory")
public interface DirectoryConfig {

    /** Folder holding the directory's source records (regions.csv, hotlines.yaml, …). Default: {@code data}. */
    @WithDefault("data")
    String dataDir();

    /** Whether start-up loads data/ into the database. Default: true. */
    @WithDefault("true")
    boolean importAtStart();

    /** Region whose desks answer a lookup that names no place. Default: 411000 (许昌市). */
    @WithDefault("411000")
    String homeRegion();

    /**
     * How many lookup answers to keep ready, by query; emptied whenever the directory changes. 0 turns the
     * cache off. Default: 10000 (a few tens of MB).
     */
    @WithDefault("10000")
    int lookupCacheSize();

    /** Days after which a record not verified counts as stale (lists filter with ?stale=true). Default: 365. */
    @WithDefault("365")
    int freshnessDays();

    /** Citizen reports allowed per client address and minute; beyond, 429 with Retry-After. Default: 5. */
    @WithDefault("5")
    int reportsPerMinute();

    /** How often each instance checks the database's change log for changes made elsewhere. Default: 1s. */
    @WithDefault("1s")
    java.time.Duration changePollInterval();

    /** Area code assumed for a bare local number such as 8297716. Default: 0374 (Xuchang). */
    @WithDefault("0374")
    String defaultAreaCode();

    /** The data's terms of use as partners are told them ({@code GET /api/v1/status}). */
    Terms terms();

    /** Read rate limits for anonymous clients, per client address (see README, Rate limits and partner keys). */
    RateLimit rateLimit();

    /** Partner API keys: their default quota, keys made at start from configuration, how often keys are re-read. */
    ApiKeys apiKeys();

    /**
     * A token bucket: {@code burst} requests at once, refilled at {@code perMinute} a minute. Every GET and HEAD
     * under /api/v1 takes one token.
     */
    interface RateLimit {

        /** Anonymous reads, counted per client address (X-Forwarded-For only from trusted proxies). */
        Quota anonymous();
    }

    /** The terms under which partners may use the data. */
    interface Terms {

        /** The terms in words. Default: every record keeps the terms of the source it names. */
        @WithDefault("数据沿用每条记录所注来源（source）的使用条款，使用时请注明来源。"
                + " Each record keeps the terms of the source it names: cite that source with the data.")
        String text();

        /** Where the full terms are published, when the operator publishes them. Default: none. */
        java.util.Optional<java.net.URI> url();
    }

    /** Requests a minute and the burst of one client. */
    interface Quota {

        /** Requests a minute, sustained. Default for anonymous clients: 600 (10 a second). */
        @WithDefault("600")
        long perMinute();

        /** Requests at once from a full bucket. Default for anonymous clients: 300. */
        @WithDefault("300")
        long burst();
    }

    /** Partner API keys (header X-API-Key), stored hashed; issued and revoked by admins. */
    interface ApiKeys {

        /** Requests a minute of a new key, unless the admin gives another. Default: 6000 (100 a second). */
        @WithDefault("6000")
        long perMinute();

        /** Burst of a new key, unless the admin gives another. Default: 3000. */
        @WithDefault("3000")
        long burst();

        /**
         * Keys made at start from configuration, never stored: {@code name:key} or {@code name:key:perMinute}
         * (burst = perMinute), comma-separated; e.g. {@code bench:$BENCH_API_KEY:100000000} for the benchmarks.
         * Each instance hashes them at start. Default: none.
         */
        java.util.Optional<java.util.List<String>> bootstrap();

        /** How often each instance re-reads the keys from the database (issued or revoked elsewhere). Default: 10s. */
        @WithDefault("10s")
        java.time.Duration refreshInterval();
    }

    /** The change feed for partners' mirrors (GET /api/v1/changes). */
    Changes changes();

    /** The change feed: how long it keeps changes. */
    interface Changes {

        /**
         * How long a change stays in the feed; a cursor older than that is answered 410 (export again). The
         * instances follow each other through the same log. Default: 30d.
         */
        @WithDefault("30d")
        java.time.Duration retention();
    }

    /** Spreadsheet imports (POST /api/v1/imports). */
    Imports imports();

    /** Spreadsheet imports: how long a preview waits to be applied. */
    interface Imports {

        /**
         * How long an uploaded sheet's preview is kept (in the database, so any instance can apply it); after that,
         * upload again. Default: 1h.
         */
        @WithDefault("1h")
        java.time.Duration previewTtl();
    }

    /** Limits on requests, refused in the problem shape (see {@link HttpLayerProblems}). */
    Http http();

    /** Which other web origins may do more than read (see {@link CrossOrigin}). */
    Cors cors();

    /**
     * Cross-origin use. Anonymous reads are open to every origin (public data, no credentials); changes, citizen
     * reports and reads with a bearer token only from the origins listed here (and the service's own).
     */
    interface Cors {

        /**
         * Origins (scheme://host[:port], exactly as a browser sends them) allowed to send changes, reports and
         * signed-in reads, comma-separated. Default: none.
         */
        java.util.Optional<java.util.List<String>> origins();
    }

    /**
     * What the service accepts in a request line, headers and body. The first two sit below Vert.x's own
     * {@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, which answer without a body.
     */
    interface Http {

        /** Longest request target (path and query) in characters; beyond, 414. Default: 4096. */
        @WithDefault("4096")
        int maxUriLength();

        /** Largest total of header names and values in bytes; beyond, 431. Default: 16K. */
        @WithDefault("16K")
        MemorySize maxHeaderSize();

        /**
         * Largest request body of every endpoint but the two below (a record with its windows is a few KB); beyond,
         * 413. Default: 256K.
         */
        @WithDefault("256K")
        MemorySize maxBodySize();

        /**
         * Largest spreadsheet upload (POST /api/v1/imports: an .xlsx of 50,000 rows is a few MB); beyond, 413. Held
         * below {@code quarkus.http.limits.max-body-size}, Vert.x's own ceiling. Default: 32M.
         */
        @WithDefault("32M")
        MemorySize maxUploadBodySize();

        /**
         * Largest body of an anonymous citizen report (POST /api/v1/reports), a few hundred bytes in practice;
         * beyond, 413. Default: 16K.
         */
        @WithDefault("16K")
        MemorySize maxReportBodySize();

        /**
         * How long a request body may take to arrive once the headers are in; beyond, 408 and the connection is
         * closed. A 16 KiB report over a poor mobile link takes a few seconds. Default: 20s.
         */
        @WithDefault("20s")
        java.time.Duration bodyTimeout();

        /**
         * Bytes a second that keep a request body from {@link #bodyTimeout()}: each byte that arrives puts the deadline
         * back by 1/rate s, so that a 5 MB spreadsheet over a slow link is read whole, while a body sent a byte at a
         * time (a slowloris) still gets 408 close to the timeout. Default: 8K (8 KiB/s).
         */
        @WithDefault("8K")
        MemorySize bodyMinRate();
    }
}
