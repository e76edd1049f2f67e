package cn.xuchang.directory.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import cn.xuchang.directory.common.DirectoryConfig;
import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.hours.OpeningHours;
import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.resolve.DeskResolver;
import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.resolve.NumberLookupView;
import cn.xuchang.directory.resolve.ResolutionView;
import cn.xuchang.directory.location.ServiceWindowView;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.region.RegionService;
import cn.xuchang.directory.region.RegionView;
import cn.xuchang.directory.search.LookupAnswer.Place;
import cn.xuchang.directory.search.LookupAnswer.Why;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.service.ServiceView;
import cn.xuchang.directory.snapshot.DirectoryCache;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * 一框查询 (one-box lookup): turns what a citizen types — Chinese, pinyin, initials, a place, a question,
 * a phone number — into answers, best first, resolved for the place through {@link DeskResolver}.
 */
@ApplicationScoped
public class LookupService {

    public static final int MAX_QUERY_LENGTH = Limits.QUERY;
    public static final int MAX_LIMIT = 50;

    /** Matches after the best are answered too, when they score at least this share of the best. */
    private static final float RELATED_SHARE = 0.5f;
    private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d -]{1,18}\\d");
    private static final List<String> WHERE_WORDS = List.of("窗口", "在哪", "地址", "去哪", "哪里办", "几楼", "大厅",
            "where", "window", "address");
    /** English words for a level of division, after a place spelled in pinyin: its name's last syllable (Yuzhou City). */
    private static final Map<String, String> DIVISION_WORDS = Map.of("city", "shi", "county", "xian", "district", "qu",
            "town", "zhen", "township", "xiang", "subdistrict", "jiedao", "street", "jiedao");

    private final DirectoryCache directory;
    private final DeskResolver resolver;
    private final RegionService regions;
    private final PhoneNumbers phones;
    private final String homeRegion;
    private final OpeningHours hours;
    /** The key of 12345, the number that answers everywhere, offered for places outside the area. */
    private final String generalNumber;

    public LookupService(DirectoryCache directory, DeskResolver resolver, RegionService regions, PhoneNumbers phones,
            DirectoryConfig config, OpeningHours hours) {
        this.directory = directory;
        this.resolver = resolver;
        this.regions = regions;
        this.phones = phones;
        this.homeRegion = config.homeRegion();
        this.hours = hours;
        this.generalNumber = phones.parse("12345").map(DialNumber::key).orElse(null);
    }

    /** Answers on the directory being served now. */
    public LookupView lookup(String rawQuery, String regionParam, int limit) {
        return lookup(directory.served(), rawQuery, regionParam, limit);
    }

    /** Answers on the given snapshot and its search index, whatever the directory has become since. */
    public LookupView lookup(DirectoryCache.Served served, String rawQuery, String regionParam, int limit) {
        LookupView view = search(served, rawQuery, regionParam, limit);
        EnglishNames english = served.derived(SearchModel.Built.class).english();
        return new LookupView(view.query(), view.place(), view.number(), view.answers().stream()
                .map(a -> a.hours() == null ? a : a.withOpen(hours.now(a.hours())))
                .map(a -> a.withEnglish(englishName(english, a))).toList(), view.outsideArea());
    }

    /** The English name of what the answer is for: its service, else the organization or channel it is. */
    private static LookupAnswer.EnglishName englishName(EnglishNames english, LookupAnswer answer) {
        EnglishNames.Row row = answer.service() != null ? english.of("service", answer.service().id())
                : "organization".equals(answer.kind()) || "channel".equals(answer.kind())
                        ? english.of(answer.kind(), answer.id()) : null;
        return row == null ? null : new LookupAnswer.EnglishName(row.name(), row.translation());
    }

    /** The minute the answers' open state holds for. */
    long minute() {
        return hours.minute();
    }

    private LookupView search(DirectoryCache.Served served, String rawQuery, String regionParam, int limit) {
        if (rawQuery == null || rawQuery.isBlank()) {
            throw ApiException.invalid("q", "is required");
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        DirectorySnapshot snapshot = served.snapshot();
        SearchModel.Built built = served.derived(SearchModel.Built.class);
        Place given = regionParam == null ? null
                : place(regionParam.strip(), regions.require(snapshot.regions(), regionParam, "region"));
        String text = QueryText.normalize(rawQuery);

        Optional<DialNumber> number = numberIn(text);
        if (number.isPresent()) {
            return numberAnswer(rawQuery, snapshot, number.get(), given, limit);
        }

        PlaceRecognizer.Found chinesePlace = built.places().inChinese(text);
        OutsidePlaces.Found outside = built.outside().in(text, code -> snapshot.region(code) != null);
        if (outside != null && meantOutside(outside, chinesePlace)) {
            return outsideAnswer(rawQuery, snapshot, built, outside, limit);
        }
        String rest = QueryText.withoutFillers(chinesePlace == null ? text : chinesePlace.rest());
        ParsedTerms parsed = parse(rest, chinesePlace == null ? built.places() : null);
        Place recognised = chinesePlace != null ? place(chinesePlace.text(), chinesePlace.region(), built.formerNames())
                : parsed.pinyinPlace() != null ? place(parsed.pinyinPlace().text(), parsed.pinyinPlace().region())
                : null;
        Place where = recognised != null ? recognised : given;
        RegionView region = where != null ? snapshot.region(where.region().code()) : snapshot.region(homeRegion);
        Place answeredFor = where != null ? where : region == null ? null : place(region.name(), region);
        if (region == null) {
            return new LookupView(rawQuery, null, null, List.of());
        }

        boolean windowsFirst = WHERE_WORDS.stream().anyMatch(text::contains);
        Answers answers = new Answers(limit);
        if (parsed.terms().isEmpty()) {
            if (where != null) {
                deskOfPlace(snapshot, region, new Why(List.of(), null, where, null), answers);
            }
            return new LookupView(rawQuery, answeredFor, null, answers.list);
        }
        List<SearchIndex.Hit> hits = built.index().search(parsed.terms(), 5);
        float threshold = hits.isEmpty() ? 0 : hits.get(0).score() * RELATED_SHARE;
        // An office named with a loose word for one of its services: that service's desk first, the office after.
        for (ServiceView meant : OfficeIntent.servicesMeant(snapshot, hits, threshold, rest)) {
            addResolution(resolver.resolve(snapshot, meant, region),
                    new Why(parsed.words(), meant.name(), where, null), windowsFirst, answers);
        }
        for (SearchIndex.Hit hit : hits) {
            if (hit.score() < threshold) {
                break;
            }
            Why why = new Why(parsed.words(), hit.matchedName(), where, null);
            if ("service".equals(hit.kind())) {
                ServiceView service = snapshot.service(hit.id());
                if (service != null) {
                    addResolution(resolver.resolve(snapshot, service, region), why, windowsFirst, answers);
                }
            } else if ("organization".equals(hit.kind()) && snapshot.organizations().containsKey(hit.id())) {
                answers.add("organization:" + hit.id(),
                        LookupAnswer.organization(snapshot.organizations().get(hit.id()), why));
            } else if ("channel".equals(hit.kind()) && snapshot.channels().containsKey(hit.id())) {
                answers.add("channel:" + hit.id(), LookupAnswer.channel(snapshot.channels().get(hit.id()), why));
            }
        }
        return new LookupView(rawQuery, answeredFor, null, answers.list);
    }

    /**
     * Whether a place of China outside the area is meant rather than the place inside that the query also
     * names: the query names none inside, or names the outer one more fully (襄阳襄城区, 襄阳 襄城), or names
     * it below the inside one (河南省洛阳市). Namesakes alone (襄城, yuzhou) stay inside.
     */
    private static boolean meantOutside(OutsidePlaces.Found outside, PlaceRecognizer.Found inside) {
        if (inside == null) {
            return true;
        }
        String code = inside.region().code();
        return outside.text().length() > inside.text().length() && outside.text().contains(inside.text())
                || outside.withAncestor() && outside.text().equals(inside.text())
                || outside.division().isWithin(code);
    }

    /**
     * For a place outside the area: only what answers everywhere — the national numbers of the services
     * the query asks for, then 12345 — never a local desk of the directory's area.
     */
    private LookupView outsideAnswer(String rawQuery, DirectorySnapshot snapshot, SearchModel.Built built,
            OutsidePlaces.Found outside, int limit) {
        RegionView home = snapshot.region(homeRegion);
        Answers answers = new Answers(limit);
        ParsedTerms parsed = parse(QueryText.withoutFillers(outside.rest()), null);
        List<SearchIndex.Hit> hits = parsed.terms().isEmpty() ? List.of() : built.index().search(parsed.terms(), 5);
        float threshold = hits.isEmpty() ? 0 : hits.get(0).score() * RELATED_SHARE;
        for (SearchIndex.Hit hit : hits) {
            ServiceView service = "service".equals(hit.kind()) ? snapshot.service(hit.id()) : null;
            if (hit.score() < threshold || service == null || home == null) {
                continue;
            }
            ResolutionView resolution = resolver.resolve(snapshot, service, home);
            Why why = new Why(parsed.words(), hit.matchedName(), null, null);
            resolution.hotlines().stream().filter(a -> !"local".equals(a.scope()))
                    .forEach(a -> addHotline(resolution, a, why, answers));
        }
        if (generalNumber != null) {
            for (HotlineView h : snapshot.withNumber(generalNumber)) {
                if (h.nationwide()) {
                    ServiceRef service = h.services().isEmpty() ? null : h.services().get(0);
                    answers.add("hotline:" + h.id(), LookupAnswer.hotline(h, service, "nationwide", null, false,
                            new Why(parsed.words(), h.label(), null, null)));
                }
            }
        }
        OutsidePlaces.Division d = outside.division();
        String note = outside.text() + "不在本目录范围内" + (home == null ? "" : "（" + home.name() + "）")
                + "，以下仅为全国统一服务号码";
        return new LookupView(rawQuery, null, null, answers.list,
                new LookupAnswer.OutsideArea(outside.text(), d.name(), d.code(), d.level(), note));
    }

    private LookupView numberAnswer(String rawQuery, DirectorySnapshot snapshot, DialNumber number, Place given,
            int limit) {
        List<HotlineView> listed = snapshot.withNumber(number.key());
        Answers answers = new Answers(limit);
        for (HotlineView h : listed) {
            ServiceRef service = h.services().isEmpty() ? null : h.services().get(0);
            answers.add("hotline:" + h.id(), LookupAnswer.hotline(h, service, h.nationwide() ? "nationwide" : "local",
                    h.regions().isEmpty() ? null : h.regions().get(0), false,
                    new Why(List.of(), h.label(), given, number.display())));
        }
        return new LookupView(rawQuery, given, NumberLookupView.of(rawQuery, number, listed), answers.list);
    }

    /** For a query naming only a place: the desks of the nearest region, at or above it, that has any. */
    private static void deskOfPlace(DirectorySnapshot snapshot, RegionView region, Why why, Answers answers) {
        for (RegionView r : snapshot.selfAndAncestors(region.code())) {
            Map<String, List<HotlineView>> desks = snapshot.localDesksOf(r.code());
            if (desks.isEmpty()) {
                continue;
            }
            boolean fallback = !r.code().equals(region.code());
            desks.forEach((serviceId, hotlines) -> hotlines.forEach(h -> answers.add("hotline:" + h.id(),
                    LookupAnswer.hotline(h, h.services().stream().filter(s -> s.id().equals(serviceId)).findFirst()
                            .orElse(null), "local", RegionRef.of(r), fallback, why))));
            return;
        }
    }

    private static void addResolution(ResolutionView resolution, Why why, boolean windowsFirst, Answers answers) {
        List<ResolutionView.Answer> local = resolution.hotlines().stream().filter(a -> "local".equals(a.scope())).toList();
        List<ResolutionView.Answer> national = resolution.hotlines().stream()
                .filter(a -> !"local".equals(a.scope())).toList();
        if (windowsFirst) {
            addWindows(resolution, why, answers);
        }
        local.forEach(a -> addHotline(resolution, a, why, answers));
        if (!windowsFirst) {
            addWindows(resolution, why, answers);
        }
        national.forEach(a -> addHotline(resolution, a, why, answers));
    }

    private static void addHotline(ResolutionView r, ResolutionView.Answer a, Why why, Answers answers) {
        HotlineView h = a.hotline();
        boolean local = "local".equals(a.scope());
        answers.add("hotline:" + h.id(), LookupAnswer.hotline(h, r.service(), a.scope(),
                local ? r.answeredBy() : null, local && r.fallback(), why));
    }

    private static void addWindows(ResolutionView r, Why why, Answers answers) {
        for (ServiceWindowView w : r.windows()) {
            answers.add("window:" + w.id(), LookupAnswer.window(w, r.service(), r.answeredBy(), r.fallback(), why));
        }
    }

    private Optional<DialNumber> numberIn(String text) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            if (candidate.replaceAll("\\D", "").length() >= 3) {
                Optional<DialNumber> parsed = phones.parse(candidate);
                if (parsed.isPresent()) {
                    return parsed;
                }
            }
        }
        return Optional.empty();
    }

    private static Place place(String text, RegionView region) {
        return new Place(text, RegionRef.of(region));
    }

    /** The place, with its former name when the text is one (许昌县（现建安区）). */
    private static Place place(String text, RegionView region, FormerNames formerNames) {
        FormerNames.Row former = formerNames.of(text);
        if (former == null || !former.currentCode().equals(region.code())) {
            return place(text, region);
        }
        return new Place(text, RegionRef.of(region), new LookupAnswer.FormerName(former.formerName(),
                former.formerName() + "（现" + region.name() + "）", former.changed(), former.authority(),
                former.sourceUrl()));
    }

    /** The query's words, the index terms made from them, and a place spelled in pinyin, if any. */
    private record ParsedTerms(List<String> words, SearchIndex.Terms terms, PlaceRecognizer.Found pinyinPlace) {
    }

    /**
     * Splits what is left of the query into Chinese runs and pinyin; finds a place spelled in pinyin when
     * {@code places} is given; a Latin word that is not pinyin is taken as initials (cydk).
     */
    private static ParsedTerms parse(String text, PlaceRecognizer places) {
        List<String> runs = new ArrayList<>(QueryText.runs(text));
        if (places != null) {
            joinDivisionWords(runs, places);
        }
        PlaceRecognizer.Found wordPlace = null;
        for (int i = 0; i < runs.size() && places != null; i++) {
            String run = runs.get(i);
            PlaceRecognizer.Found found = run.chars().allMatch(c -> c >= 'a' && c <= 'z') ? places.inLatinWord(run) : null;
            if (found != null && (wordPlace == null
                    || found.region().code().length() > wordPlace.region().code().length())) {
                wordPlace = found;
            }
            if (found != null) {
                runs.set(i, found.rest());
            }
        }
        runs.removeIf(String::isEmpty);
        List<List<String>> segmentedRuns = new ArrayList<>();
        List<String> latinSyllables = new ArrayList<>();
        for (String run : runs) {
            List<String> segmented = !QueryText.hasChinese(run) && run.chars().allMatch(Character::isLetter)
                    ? PinyinSyllables.segment(run) : null;
            segmentedRuns.add(segmented);
            if (segmented != null) {
                latinSyllables.addAll(segmented);
            }
        }
        boolean[] consumed = new boolean[latinSyllables.size()];
        PlaceRecognizer.Found pinyinPlace = places != null && latinSyllables.size() >= 2
                ? places.inPinyin(latinSyllables, consumed) : null;
        if (wordPlace != null && (pinyinPlace == null
                || wordPlace.region().code().length() >= pinyinPlace.region().code().length())) {
            pinyinPlace = wordPlace;
        }

        List<String> chineseRuns = new ArrayList<>();
        List<List<String>> syllables = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        List<String> english = new ArrayList<>();
        Set<String> words = new LinkedHashSet<>();
        int position = 0;
        for (int i = 0; i < runs.size(); i++) {
            String run = runs.get(i);
            List<String> segmented = segmentedRuns.get(i);
            if (QueryText.hasChinese(run)) {
                chineseRuns.add(run);
                words.add(run);
                syllables.addAll(Pinyin.readings(run));
            } else if (segmented != null) {
                StringBuilder word = new StringBuilder();
                for (String syllable : segmented) {
                    if (!consumed[position++]) {
                        syllables.add(List.of(syllable));
                        word.append(syllable);
                    }
                }
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    english.addAll(EnglishWords.stems(word.toString()));
                }
            } else if (run.chars().allMatch(Character::isLetter)) {
                english.addAll(EnglishWords.stems(run));
                if (run.length() >= 2 && run.length() <= 12) {
                    initials.add(run);
                    words.add(run);
                }
            }
        }
        if (initials.size() > 1) {
            initials.add(String.join("", initials));
        }
        boolean typedPinyin = syllables.size() > chineseRuns.stream().mapToInt(String::length).sum();
        return new ParsedTerms(List.copyOf(words), new SearchIndex.Terms(chineseRuns, syllables, initials, typedPinyin,
                english), pinyinPlace);
    }

    /**
     * Joins an English word for a level of division to the place spelled before it (yuzhou city → yuzhoushi, xuchang
     * county → xuchangxian, which is 许昌县), when the two spell a place; otherwise the word stays, to be dropped.
     */
    private static void joinDivisionWords(List<String> runs, PlaceRecognizer places) {
        for (int i = 1; i < runs.size(); i++) {
            String syllable = DIVISION_WORDS.get(runs.get(i));
            String before = runs.get(i - 1);
            if (syllable == null || before.isEmpty() || !before.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            PlaceRecognizer.Found found = places.inLatinWord(before + syllable);
            if (found != null && found.text().endsWith(syllable) && found.text().length() > syllable.length()) {
                runs.set(i - 1, before + syllable);
                runs.set(i, "");
            }
        }
    }

    /** Answers in order, each hotline or window once, up to the limit. */
    private static final class Answers {
        final List<LookupAnswer> list = new ArrayList<>();
        final Set<String> seen = new LinkedHashSet<>();
        final int limit;

        Answers(int limit) {
            this.limit = limit;
        }

        void add(String key, LookupAnswer answer) {
            if (list.size() < limit && seen.add(key)) {
                list.add(answer);
            }
        }
    }
}
