package cn.xuchang.directory.common;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 出处 (source citation): a record's source as a citizen reads it — publication, month, section — without the
 * repository path that the API's machine-readable {@code source} field keeps. One reading of the source text for
 * every place that shows it to people: the lookup answers, the hotlines, the vCard notes.
 */
@Schema(name = "SourceCitation",
        requiredProperties = {"text"}, description = "The source as a person cites it; the source field keeps the full text")
public record SourceCitation(
        @Schema(description = "What to show", examples = "许昌日报 2023年11月，广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」") String text,
        @Schema(description = "The publication, for a dated public notice", examples = "许昌日报") String publication,
        @Schema(description = "Month of the publication (YYYY-MM), for a dated public notice", examples = "2023-11",
                pattern = "^\\d{4}-\\d{2}$", maxLength = 7) String date,
        @Schema(description = "The part of the publication: the advertisement or article it appeared in",
                examples = "广告「许昌市人力资源和社会保障局创业担保贷款 服务电话」") String section) {

    private static final Pattern REPOSITORY_PATH =
            Pattern.compile("\\s*\\((?:\\.\\./)?shared/[^)]*\\)|(?:\\.\\./)?shared/[\\w./-]+(?:\\s*\\([^)]*\\))?[;,]?\\s*");
    private static final Pattern DATED = Pattern.compile("^(\\S+?)\\s*(\\d{4})年(\\d{1,2})月");
    private static final Pattern SECTION = Pattern.compile("(广告|报道|公告|通知|通告)「[^」]*」");
    private static final Pattern SITE = Pattern.compile("\\b([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|gov))\\b");
    private static final Pattern ENGLISH_NOTE = Pattern.compile("\\s*\\([A-Za-z][^)]*\\)");

    /** Sources are few (one per record at most): each is read once, not on every answer that shows it. */
    private static final Map<String, SourceCitation> READ = new ConcurrentHashMap<>();
    private static final int REMEMBERED = 20_000;

    /** The citation of a source text; null for none. */
    public static SourceCitation of(String source) {
        if (source == null || source.isBlank()) {
            return null;
        }
        SourceCitation known = READ.get(source);
        if (known != null) {
            return known;
        }
        SourceCitation read = read(source);
        if (READ.size() < REMEMBERED) {
            READ.put(source, read);
        }
        return read;
    }

    private static SourceCitation read(String source) {
        Matcher dated = DATED.matcher(source.strip());
        if (dated.find()) {
            String publication = dated.group(1);
            int year = Integer.parseInt(dated.group(2));
            int month = Integer.parseInt(dated.group(3));
            Matcher section = SECTION.matcher(source);
            String part = section.find() ? section.group() : null;
            String text = publication + " " + year + "年" + month + "月" + (part == null ? "" : "，" + part);
            return new SourceCitation(text, publication, "%04d-%02d".formatted(year, month), part);
        }
        String plain = REPOSITORY_PATH.matcher(source).replaceAll(" ").strip();
        if (!plain.equals(source.strip())) { // a collected list of web pages: name the sites, not the file
            Set<String> sites = new LinkedHashSet<>();
            Matcher site = SITE.matcher(plain);
            while (site.find()) {
                sites.add(site.group(1));
            }
            String text = sites.isEmpty() ? "网上公开资料" : "网上公开资料（" + String.join("、", sites) + "）";
            return new SourceCitation(text, null, null, null);
        }
        return new SourceCitation(ENGLISH_NOTE.matcher(plain).replaceAll("").strip(), null, null, null);
    }

    /** The citation text alone, "" for no source: for plain-text uses such as a vCard note. */
    public static String text(String source) {
        SourceCitation citation = of(source);
        return citation == null ? "" : citation.text();
    }
}
