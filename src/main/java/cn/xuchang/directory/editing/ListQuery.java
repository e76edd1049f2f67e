package cn.xuchang.directory.editing;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 列表参数 (list query): the filters several kinds' lists share — by organization, service and region — with the
 * {@link Freshness} filters every list takes. A list names the ones it takes, in its own words, with
 * {@link ListFilters}; the words here are placeholders the contract never shows.
 */
public class ListQuery extends Freshness {

    @QueryParam("organization")
    @Parameter(description = "{organization}", example = "{organization}")
    String organization;

    @QueryParam("service")
    @Parameter(description = "{service}", example = "{service}")
    String service;

    @QueryParam("region")
    @Parameter(description = "{region}", example = "{region}")
    String region;
}
