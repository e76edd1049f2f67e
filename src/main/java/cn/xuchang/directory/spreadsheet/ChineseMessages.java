package cn.xuchang.directory.spreadsheet;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 中文提示 (Chinese messages): the kinds' checks speak the API's English; a sheet's uploader reads Chinese. Each
 * known message becomes a Chinese one with a code for programs; an unknown one keeps its words behind 「无效」. The
 * console shows its editors the write API's field errors in the same words.
 */
public final class ChineseMessages {

    /** A message for a person and a code for a program. */
    public record Worded(String code, String message) {
    }

    private static final Map<String, String> KINDS = Map.of("organization", "机构", "service", "办事事项",
            "location", "服务场所", "window", "办事窗口", "hotline", "热线", "channel", "网上渠道");

    private static final Pattern TOO_LONG = Pattern.compile("must be at most (\\d+) characters");
    private static final Pattern TOO_MANY = Pattern.compile("must have at most (\\d+) entries");
    private static final Pattern UNKNOWN_REGION = Pattern.compile("unknown region code '(.*)'");
    private static final Pattern UNKNOWN_REF = Pattern.compile("unknown (\\w+) '(.*)'");
    private static final Pattern NUMBER = Pattern.compile("'(.*)' is not a valid Chinese phone or short number");
    private static final Pattern NOT_ONE_OF = Pattern.compile("'(.*)' is not one of .*");

    private ChineseMessages() {
    }

    /** {@code field}: the field the message is about; an hours text the parser refused keeps the parser's words. */
    public static Worded of(String field, String message) {
        if (message == null) {
            return new Worded("INVALID", "无效");
        }
        if ("hours".equals(field) && !TOO_LONG.matcher(message).matches()) {
            return new Worded("INVALID_HOURS", "无法识别的时间，请先写日期再写时间（如：工作日 上午8:30-12:00 "
                    + "下午14:30-17:30）：" + message);
        }
        if (message.equals("is required")) {
            return new Worded("REQUIRED", "必填，不能为空");
        }
        Matcher m;
        if ((m = TOO_LONG.matcher(message)).matches()) {
            return new Worded("TOO_LONG", "不能超过 " + m.group(1) + " 个字");
        }
        if ((m = TOO_MANY.matcher(message)).matches()) {
            return new Worded("TOO_MANY", "最多 " + m.group(1) + " 项");
        }
        if ((m = UNKNOWN_REGION.matcher(message)).matches()) {
            return new Worded("UNKNOWN_REGION", "找不到地区「" + m.group(1) + "」：请填区划代码，或从下拉列表选择");
        }
        if ((m = UNKNOWN_REF.matcher(message)).matches()) {
            return new Worded("UNKNOWN_REFERENCE", "找不到编号为「" + m.group(2) + "」的"
                    + KINDS.getOrDefault(m.group(1), m.group(1)));
        }
        if ((m = NUMBER.matcher(message)).matches()) {
            return new Worded("INVALID_NUMBER", "不是有效的电话号码：「" + m.group(1) + "」");
        }
        if ((m = NOT_ONE_OF.matcher(message)).matches()) {
            return new Worded("NOT_IN_LIST", "「" + m.group(1) + "」不在可选值中：请从下拉列表选择");
        }
        if (message.startsWith("list the regions served")) {
            return new Worded("REQUIRED", "非全国统一号码须填写服务地区");
        }
        if (message.equals("a nationwide hotline lists no regions")) {
            return new Worded("INVALID", "全国统一号码不填服务地区");
        }
        if (message.equals("required when status is merged")) {
            return new Worded("REQUIRED", "状态为已归并时必填");
        }
        if (message.equals("must be an http or https address")) {
            return new Worded("INVALID_URL", "必须是 http 或 https 网址");
        }
        return new Worded("INVALID", "无效：" + message);
    }
}
