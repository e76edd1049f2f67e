package cn.xuchang.directory.region;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.common.ApiException;
import java.util.Map;
import io.quarkus.panache.common.Sort;

/** Finds regions by the codes clients send, turning bad codes into 400 and unknown ones into 404. */
@ApplicationScoped
public class RegionService {

    /** The normalized code of a code as a client wrote it, in any accepted form; 400 when malformed. */
    public String normalize(String rawCode, String field) {
        if (RegionCode.isVillage(rawCode)) {
            throw ApiException.notFound("Village-level code " + rawCode.strip()
                    + " is not in the directory; use its township code " + rawCode.strip().substring(0, 9));
        }
        return RegionCode.normalize(rawCode).orElseThrow(() -> ApiException.invalid(field,
                "must be a region code of 6, 9 or 12 digits, e.g. 411081 or 411081204"));
    }

    /** The region entity for a code as a client wrote it. */
    public Region require(String rawCode, String field) {
        String code = normalize(rawCode, field);
        return ApiException.orNotFound(Region.<Region>findById(code), "region", code);
    }

    /** The region among these (a snapshot's, by code) for a code as a client wrote it. */
    public RegionView require(Map<String, RegionView> regions, String rawCode, String field) {
        String code = normalize(rawCode, field);
        return ApiException.orNotFound(regions.get(code), "region", code);
    }

    public List<Region> children(Region region) {
        return Region.list("parent", Sort.by("code"), region);
    }
}
