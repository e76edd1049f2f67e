package cn.xuchang.directory.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * 预览存储 (the previews' store): in the database, so that the instance that applies a preview need not be the one
 * that made it; each is kept until it expires (directory.imports.preview-ttl), and expired ones are deleted as
 * new ones come.
 */
@ApplicationScoped
class PreviewStore {

    /** A stored preview with what the store knows around it. */
    record Kept(StoredPreview preview, String uploadedBy, Instant expiresAt, Instant appliedAt, String appliedBy) {
    }

    private final DataSource dataSource;
    private final ObjectMapper json;

    PreviewStore(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    void save(StoredPreview preview) {
        String body = write(preview);
        PreviewView view = preview.view();
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement delete = c.prepareStatement(
                        "delete from spreadsheet_import where expires_at < ?")) {
                    delete.setTimestamp(1, Timestamp.from(Instant.now()));
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("insert into spreadsheet_import "
                        + "(id, uploaded_by, created_at, expires_at, body) values (?, ?, ?, ?, ?)")) {
                    insert.setString(1, view.id());
                    insert.setString(2, view.uploadedBy());
                    insert.setTimestamp(3, Timestamp.from(view.createdAt()));
                    insert.setTimestamp(4, Timestamp.from(view.expiresAt()));
                    insert.setString(5, body);
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not store the import preview", e);
            }
        });
    }

    /** The preview, unless unknown or expired. */
    Optional<Kept> find(String id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                    "select body, uploaded_by, expires_at, applied_at, applied_by from spreadsheet_import where id = ?")) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Kept>empty();
                    }
                    Instant expires = rs.getTimestamp(3).toInstant();
                    if (expires.isBefore(Instant.now())) {
                        return Optional.<Kept>empty();
                    }
                    Timestamp applied = rs.getTimestamp(4);
                    return Optional.of(new Kept(read(rs.getString(1)), rs.getString(2), expires,
                            applied == null ? null : applied.toInstant(), rs.getString(5)));
                }
            }
        });
    }

    /** Marks the preview applied; false when it already was (another request applied it first). */
    boolean markApplied(String id, String by, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                    "update spreadsheet_import set applied_at = ?, applied_by = ? where id = ? and applied_at is null")) {
                update.setTimestamp(1, Timestamp.from(at));
                update.setString(2, by);
                update.setString(3, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** Undoes {@link #markApplied} when the apply failed. */
    void release(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                    "update spreadsheet_import set applied_at = null, applied_by = null where id = ?")) {
                update.setString(1, id);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("could not release the import preview", e);
            }
        });
    }

    /**
     * The preview as gzipped JSON in Base64, written as a stream: a 50,000-row preview is some 40 MB of JSON, which
     * as one String (and again in the database) would double the heap a preview needs; zipped it is a few MB.
     */
    private String write(StoredPreview preview) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream zipped = new GZIPOutputStream(Base64.getEncoder().wrap(out), 1 << 16)) {
            json.writeValue(zipped, preview);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** Gzipped JSON in Base64 (see {@link #write}); plain JSON as the first version of the store kept it. */
    private StoredPreview read(String body) {
        try {
            if (body.startsWith("{")) {
                return json.readValue(body, StoredPreview.class);
            }
            try (InputStream in = new GZIPInputStream(Base64.getDecoder().wrap(
                    new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII))), 1 << 16)) {
                return json.readValue(in, StoredPreview.class);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
