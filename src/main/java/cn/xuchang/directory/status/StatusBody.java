package cn.xuchang.directory.status;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.common.TaggedBody;
import cn.xuchang.directory.snapshot.DirectorySnapshot;
import cn.xuchang.directory.snapshot.SnapshotDerivation;
import cn.xuchang.directory.status.DirectoryStatusResource.StatusView;
import cn.xuchang.directory.status.DirectoryStatusResource.Terms;

/** 状态答案 (status answer): GET /api/v1/status written once per snapshot, with its ETag, since only a change changes it. */
@ApplicationScoped
public class StatusBody implements SnapshotDerivation<StatusBody.Written> {

    /** The status of one snapshot, as sent. */
    public record Written(TaggedBody body) {
    }

    private final ObjectMapper json;
    private final Terms terms;

    public StatusBody(ObjectMapper json, DirectoryConfig config) {
        this.json = json;
        this.terms = new Terms(config.terms().text(), config.terms().url().map(java.net.URI::toString).orElse(null));
    }

    @Override
    public Class<Written> type() {
        return Written.class;
    }

    @Override
    public Written derive(DirectorySnapshot snapshot) {
        StatusView status = new StatusView(snapshot.version(), snapshot.regions().size(), snapshot.services().size(),
                snapshot.organizations().size(), terms);
        try {
            return new Written(TaggedBody.of(json.writeValueAsBytes(status)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the status", e);
        }
    }
}
