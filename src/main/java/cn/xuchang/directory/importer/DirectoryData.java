package cn.xuchang.directory.importer;

import java.util.List;

import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.region.RegionLevel;

/**
 * The whole of data/, read and checked: every reference resolves, every code is normalized and every
 * number parsed. Lists are in an order that can be inserted as is (parents before children).
 */
public record DirectoryData(
        List<RegionData> regions,
        List<OrganizationRecord> organizations,
        List<ServiceRecord> services,
        List<LocationRecord> locations,
        List<HotlineData> hotlines) {

    /** A region with its finer level, derived short names and pinyin. */
    public record RegionData(String code, String name, RegionLevel level, String parentCode, String pinyin,
            List<String> aliases, String source, DirectoryRecords.RegionNames names) {
    }

    /** A hotline record with its number parsed and its enums and region codes checked. */
    public record HotlineData(HotlineRecord record, DialNumber number, HotlineType type, HotlineStatus status,
            List<String> regionCodes) {
    }
}
