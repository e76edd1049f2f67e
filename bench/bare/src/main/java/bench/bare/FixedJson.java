package bench.bare;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.smallrye.common.annotation.NonBlocking;

/** The benchmark's yardstick: fixed JSON from a non-blocking endpoint, the least a Quarkus REST answer costs. */
@Path("/fixed")
public class FixedJson {

    private static final Map<String, Object> BODY = Map.of("status", "UP", "service", "bare reference app",
            "records", 1234);

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> fixed() {
        return BODY;
    }
}
