package cn.xuchang.directory.region;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.common.ApiException;
import io.quarkus.panache.common.Sort;

/** Finds regions by the codes clients send, turning bad codes into 400 and unknown ones into 404. */
@ApplicationScoped
public class RegionService {

    /** The region for a code as a client wrote it, in any accepted form. */
    public Region require(String rawCode, String field) {
        if (RegionCode.isVillage(rawCode)) {
            throw ApiException.notFound("Village-level code " + rawCode.strip()
                    + " is not in the directory; use its township code " + rawCode.strip().substring(0, 9));
        }
        String code = RegionCode.normalize(rawCode).orElseThrow(() -> ApiException.invalid(field,
                "must be a region code of 6, 9 or 12 digits, e.g. 411081 or 411081204"));
        Region region = Region.findById(code);
        if (region == null) {
            throw ApiException.notFound("region", code);
        }
        return region;
    }

    public List<Region> children(Region region) {
        return Region.list("parent", Sort.by("code"), region);
    }
}
