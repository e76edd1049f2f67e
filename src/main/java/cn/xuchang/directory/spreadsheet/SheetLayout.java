package cn.xuchang.directory.spreadsheet;

import static cn.xuchang.directory.spreadsheet.SheetColumn.Choices;
import static cn.xuchang.directory.spreadsheet.SheetColumn.Form;
import static cn.xuchang.directory.spreadsheet.SheetColumn.of;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 模板布局 (the template's layout): the one table of columns per kind that the template, the upload and the export
 * all use. A column names a field of the kind's request, so the kind's own checks (RecordKind.check) judge every cell.
 */
final class SheetLayout {

    static final String LIST_SHEET = "列表";
    static final String ID = "编号";

    private static final SheetColumn ID_COLUMN = of(ID, "id",
            "留空则新建（编号由系统生成）；已有记录请保留原编号", Form.TEXT);
    private static final SheetColumn SOURCE = of("来源", "source", "必填。信息出处，如文件名、公告或网页", Form.TEXT);
    private static final SheetColumn ORGANIZATION = of("所属机构", "organization",
            "机构编号（可从下拉列表选择，名称可留可删）", Form.REF, Choices.ORGANIZATIONS);
    private static final SheetColumn SERVICES = of("办理事项", "services",
            "事项编号，多个用；分隔（可从下拉列表选择）", Form.REFS, Choices.SERVICES);

    /** What the hours parser (hours/HoursParser) reads: days first, then times; free text is refused. */
    private static final String HOURS_RULE = "先写日期再写时间，如：工作日 上午8:30-12:00 下午14:30-17:30；"
            + "周一至周五 9:00-17:00，节假日休息；24小时。不能识别的文字（如「请电话咨询」）不予接收";
    private static final SheetColumn HOURS = of("服务时间", "hours", "选填。" + HOURS_RULE, Form.TEXT);

    /** In the order of the template's sheets. */
    static final List<KindSheet> SHEETS = List.of(
            new KindSheet("热线", "hotline", List.of(ID_COLUMN,
                    of("号码", "number", "必填。任何常见写法：0374-8297716、(0374)8297716、全角数字、12345", Form.TEXT),
                    of("类型", "type", "必填：咨询、投诉举报或综合", Form.CHOICE, Choices.HOTLINE_TYPES),
                    of("名称", "label", "必填。如：创业担保贷款服务电话（禹州市）", Form.TEXT),
                    of("说明", "description", "选填。热线受理什么", Form.TEXT),
                    HOURS,
                    ORGANIZATION, SERVICES,
                    of("全国统一", "nationwide", "全国统一号码填「是」，此时不填服务地区", Form.YES, Choices.YES_NO),
                    of("服务地区", "regions", "区划代码（可带名称），多个用；分隔；非全国号码必填", Form.REGIONS,
                            Choices.REGIONS),
                    of("状态", "status", "必填：正常或已归并（停用请用停用操作）", Form.CHOICE, Choices.HOTLINE_STATUSES),
                    of("归并至", "mergedInto", "状态为已归并时填接替热线的编号", Form.REF),
                    of("状态说明", "statusNote", "选填。状态的原因", Form.TEXT),
                    SOURCE)),
            new KindSheet("办事窗口", "window", List.of(ID_COLUMN,
                    of("所在场所", "location", "必填。服务场所编号（可从下拉列表选择）", Form.REF, Choices.LOCATIONS),
                    of("窗口名称", "label", "必填。如：创业担保贷款窗口", Form.TEXT),
                    of("楼层", "floor", "选填。如：一楼", Form.TEXT),
                    of("区域", "zone", "选填。如：B区", Form.TEXT),
                    of("窗口号", "number", "选填。如：118", Form.TEXT),
                    of("办公时间", "hours", "选填，留空则按所在场所的时间。" + HOURS_RULE, Form.TEXT),
                    ORGANIZATION, SERVICES, SOURCE)),
            new KindSheet("服务场所", "location", List.of(ID_COLUMN,
                    of("名称", "name", "必填。如：许昌市民之家", Form.TEXT),
                    of("地址", "address", "选填", Form.TEXT),
                    of("办公时间", "hours", "选填。" + HOURS_RULE, Form.TEXT),
                    of("所在地区", "region", "必填。区划代码（可带名称）", Form.REGION, Choices.REGIONS),
                    ORGANIZATION, SOURCE)),
            new KindSheet("办事事项", "service", List.of(ID_COLUMN,
                    of("名称", "name", "必填。如：创业担保贷款", Form.TEXT),
                    of("别名", "aliases", "选填。群众的其他叫法，多个用；分隔", Form.TEXTS),
                    of("说明", "description", "选填", Form.TEXT),
                    of("主管机构", "organization", "机构编号（可从下拉列表选择）", Form.REF, Choices.ORGANIZATIONS),
                    SOURCE)),
            new KindSheet("机构", "organization", List.of(ID_COLUMN,
                    of("名称", "name", "必填。机构全称", Form.TEXT),
                    of("简称", "shortName", "选填", Form.TEXT),
                    of("上级机构", "parent", "上级机构编号；改变上级仅限管理员", Form.REF, Choices.ORGANIZATIONS),
                    of("所在地区", "region", "选填。区划代码（可带名称）", Form.REGION, Choices.REGIONS),
                    of("说明", "description", "选填", Form.TEXT),
                    SOURCE)),
            new KindSheet("网上渠道", "channel", List.of(ID_COLUMN,
                    of("类型", "type", "必填：信箱、平台、微信公众号、小程序、应用或网站", Form.CHOICE, Choices.CHANNEL_TYPES),
                    of("名称", "name", "必填。如：书记市长信箱", Form.TEXT),
                    of("账号", "handle", "选填。公众号或小程序的名称/账号", Form.TEXT),
                    of("网址", "url", "选填。http 或 https 地址", Form.TEXT),
                    of("说明", "description", "选填", Form.TEXT),
                    ORGANIZATION, SERVICES,
                    of("服务地区", "regions", "选填。区划代码（可带名称），多个用；分隔", Form.REGIONS, Choices.REGIONS),
                    SOURCE)));

    private static final Map<Choices, Map<String, String>> LABELS = Map.of(
            Choices.HOTLINE_TYPES, ordered("consultation", "咨询", "complaint", "投诉举报", "general", "综合"),
            Choices.HOTLINE_STATUSES, ordered("active", "正常", "merged", "已归并"),
            Choices.CHANNEL_TYPES, ordered("mailbox", "信箱", "platform", "平台", "wechat_official_account", "微信公众号",
                    "mini_program", "小程序", "app", "应用", "website", "网站"),
            Choices.YES_NO, ordered("true", "是", "false", "否"));

    private SheetLayout() {
    }

    /** The sheet of a title as the template names it, or of a kind's name ("hotline"). */
    static Optional<KindSheet> sheet(String title) {
        String wanted = title == null ? "" : title.strip();
        return SHEETS.stream().filter(s -> s.title().equals(wanted) || s.kind().equals(wanted)).findFirst();
    }

    static KindSheet ofKind(String kind) {
        return SHEETS.stream().filter(s -> s.kind().equals(kind)).findFirst().orElseThrow();
    }

    static Map<String, String> labels(Choices list) {
        return LABELS.getOrDefault(list, Map.of());
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
