package cn.xuchang.directory.location;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.xuchang.directory.common.Limits;

/** What an editor sends to create or replace a service centre; its windows are records of their own. */
@Schema(name = "LocationRequest")
public record LocationRequest(
        @Schema(maxLength = Limits.NAME, required = true, examples = "市民之家") String name,
        @Schema(maxLength = Limits.SOURCE, description = "Street address, only as a source gives it") String address,
        @Schema(minimum = "-90", maximum = "90", description = "Latitude in degrees, north positive, only as a source gives it; with longitude and datum", examples = "34.0357") Double latitude,
        @Schema(minimum = "-180", maximum = "180", description = "Longitude in degrees, east positive; with latitude and datum", examples = "113.8523") Double longitude,
        @Schema(maxLength = Limits.WORD, enumeration = {"WGS-84", "GCJ-02"}, description = "The datum of latitude and longitude: WGS-84 (GPS) or GCJ-02 (what Chinese map apps show); required with them", examples = "GCJ-02") String datum,
        @Schema(maxLength = Limits.SOURCE, description = "Opening hours as the centre publishes them (README: Opening hours); leave out when unknown", examples = "工作日 上午8:30-12:00 下午14:30-17:30") String hours,
        @Schema(maxLength = Limits.REGION_CODE, description = "Code of the region it is in", required = true, examples = "411000") String region,
        @Schema(maxLength = Limits.ID, description = "Id of the organization that runs it; it decides who may edit it", examples = "xuchang-hrss") String organization,
        @Schema(maxLength = Limits.SOURCE, description = "Where the facts come from", required = true, examples = "许昌日报 2023年11月") String source) {
}
