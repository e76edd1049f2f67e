package cn.xuchang.directory.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.hotline.HotlineStatus;
import cn.xuchang.directory.hotline.HotlineType;
import cn.xuchang.directory.importer.DirectoryData.HotlineData;
import cn.xuchang.directory.importer.DirectoryData.RegionData;
import cn.xuchang.directory.importer.DirectoryRecords.HotlineRecord;
import cn.xuchang.directory.importer.DirectoryRecords.LocationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.OrganizationRecord;
import cn.xuchang.directory.importer.DirectoryRecords.RegionNames;
import cn.xuchang.directory.importer.DirectoryRecords.RegionRow;
import cn.xuchang.directory.importer.DirectoryRecords.ServiceRecord;
import cn.xuchang.directory.importer.DirectoryRecords.WindowRecord;
import cn.xuchang.directory.phone.DialNumber;
import cn.xuchang.directory.phone.PhoneNumbers;
import cn.xuchang.directory.region.RegionCode;
import cn.xuchang.directory.region.RegionLevel;
import cn.xuchang.directory.region.RegionNaming;

/**
 * Checks directory records — read from data/ or sent to the write API — against each other and
 * normalizes them; collects every problem with the field it concerns. The one set of rules for both.
 */
public final class DataValidator {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PINYIN = Pattern.compile("[a-zv]+( [a-zv]+)*");
    private static final Map<String, Integer> TIER_LENGTH = Map.of("province", 6, "city", 6, "county", 6, "township", 9);

    private final PhoneNumbers phones;
    private final List<DataProblem> problems;
    private final Map<String, RegionData> regions = new LinkedHashMap<>();
    private final Set<String> regionCodes = new HashSet<>();
    private final Set<String> organizationIds = new HashSet<>();
    private final Set<String> serviceIds = new HashSet<>();
    private final Set<String> hotlineIds = new HashSet<>();
    private Predicate<String> regionExists = regionCodes::contains;
    private Predicate<String> organizationExists = organizationIds::contains;
    private Predicate<String> serviceExists = serviceIds::contains;
    private Predicate<String> hotlineExists = hotlineIds::contains;

    DataValidator(PhoneNumbers phones, List<DataProblem> problems) {
        this.phones = phones;
        this.problems = problems;
    }

    /**
     * A validator for one record sent to the API, whose references must exist in the directory already;
     * each is looked up as it comes, not loaded whole (a nationwide directory holds a million hotlines).
     */
    public static DataValidator forDirectory(PhoneNumbers phones, List<DataProblem> problems,
            Predicate<String> regionExists, Predicate<String> organizationExists, Predicate<String> serviceExists,
            Predicate<String> hotlineExists) {
        DataValidator validator = new DataValidator(phones, problems);
        validator.regionExists = regionExists;
        validator.organizationExists = organizationExists;
        validator.serviceExists = serviceExists;
        validator.hotlineExists = hotlineExists;
        return validator;
    }

    List<RegionData> regions(List<Located<RegionRow>> rows, List<Located<RegionNames>> names) {
        for (Located<RegionRow> row : rows) {
            region(row).ifPresent(r -> {
                regions.put(r.code(), r);
                regionCodes.add(r.code());
            });
        }
        Map<String, RegionNames> extra = new HashMap<>();
        for (Located<RegionNames> entry : names) {
            RegionNames n = entry.value();
            Optional<String> code = regionRef(entry, "code", n.code(), true);
            requireText(entry, "source", n.source());
            fits(entry, "source", n.source(), 500);
            fits(entry, "pinyin", n.pinyin(), 300);
            for (String alias : n.aliases() == null ? List.<String>of() : n.aliases()) {
                fits(entry, "aliases", alias, 100);
            }
            if (n.pinyin() != null && !PINYIN.matcher(n.pinyin()).matches()) {
                problems.add(entry.problem("pinyin", "must be lower-case toneless syllables separated by spaces"));
            }
            if (code.isPresent() && extra.put(code.get(), n) != null) {
                problems.add(entry.problem("code", "region " + code.get() + " is listed twice"));
            }
        }
        List<RegionData> result = new ArrayList<>();
        for (RegionData r : regions.values()) {
            RegionNames n = extra.get(r.code());
            Set<String> aliases = new LinkedHashSet<>();
            RegionNaming.shortName(r.name()).ifPresent(aliases::add);
            if (n != null && n.aliases() != null) {
                aliases.addAll(n.aliases());
            }
            aliases.remove(r.name());
            String pinyin = n != null && n.pinyin() != null ? n.pinyin() : Pinyin.of(r.name());
            result.add(new RegionData(r.code(), r.name(), r.level(), r.parentCode(), pinyin, List.copyOf(aliases),
                    r.source(), n == null ? null : n));
        }
        return result;
    }

    private Optional<RegionData> region(Located<RegionRow> row) {
        RegionRow r = row.value();
        boolean ok = requireText(row, "name", r.name()) & requireText(row, "source", r.source())
                & fits(row, "name", r.name(), 100) & fits(row, "source", r.source(), 500);
        Optional<String> code = RegionCode.normalize(r.code());
        if (code.isEmpty()) {
            problems.add(row.problem("code", "'" + r.code() + "' is not a division code of 2, 4, 6, 9 or 12 digits"));
            return Optional.empty();
        }
        Integer length = r.level() == null ? null : TIER_LENGTH.get(r.level());
        if (length == null) {
            problems.add(row.problem("level", "must be one of province, city, county, township"));
            ok = false;
        } else if (length != code.get().length()) {
            problems.add(row.problem("level", r.level() + " does not match code " + code.get()));
            ok = false;
        }
        if (regions.containsKey(code.get())) {
            problems.add(row.problem("code", "duplicate region code " + code.get()));
            ok = false;
        }
        String parent = null;
        if (r.parentCode() != null) {
            parent = RegionCode.normalize(r.parentCode()).orElse(r.parentCode());
            if (!regions.containsKey(parent)) {
                problems.add(row.problem("parent_code", "unknown region " + r.parentCode()
                        + " (a parent must be listed above its children)"));
                ok = false;
            }
        } else if (!"province".equals(r.level())) {
            problems.add(row.problem("parent_code", "required below province level"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new RegionData(code.get(), r.name(), RegionLevel.classify(code.get(), r.name()), parent,
                null, List.of(), r.source(), null));
    }

    List<OrganizationRecord> organizations(List<Located<OrganizationRecord>> entries) {
        Map<String, Located<OrganizationRecord>> byId = new LinkedHashMap<>();
        for (Located<OrganizationRecord> e : entries) {
            if (id(e, "id", e.value().id(), organizationIds)) {
                byId.put(e.value().id(), e);
            }
        }
        List<OrganizationRecord> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Located<OrganizationRecord> e : byId.values()) {
            place(e, byId, placed, new HashSet<>(), ordered);
        }
        return ordered;
    }

    /** Adds an organization after its parent, reporting unknown parents and cycles. */
    private void place(Located<OrganizationRecord> e, Map<String, Located<OrganizationRecord>> byId, Set<String> placed,
            Set<String> visiting, List<OrganizationRecord> ordered) {
        OrganizationRecord o = e.value();
        if (placed.contains(o.id())) {
            return;
        }
        if (!visiting.add(o.id())) {
            problems.add(e.problem("parent", "organizations form a cycle through " + o.id()));
            return;
        }
        if (o.parent() != null && byId.containsKey(o.parent())) {
            place(byId.get(o.parent()), byId, placed, visiting, ordered);
        }
        placed.add(o.id());
        ordered.add(organization(e));
    }

    /** Checks one organization's own fields and references; returns it with its region code normalized. */
    public OrganizationRecord organization(Located<OrganizationRecord> e) {
        OrganizationRecord o = e.value();
        requireText(e, "name", o.name());
        requireText(e, "source", o.source());
        fits(e, "name", o.name(), 200);
        fits(e, "shortName", o.shortName(), 100);
        fits(e, "description", o.description(), 2000);
        fits(e, "source", o.source(), 500);
        organizationRef(e, "parent", o.parent());
        String region = regionRef(e, "region", o.region(), false).orElse(o.region());
        return new OrganizationRecord(o.id(), o.name(), o.shortName(), o.parent(), region, o.description(),
                o.retired(), o.source(), o.lastVerified());
    }

    List<ServiceRecord> services(List<Located<ServiceRecord>> entries) {
        List<ServiceRecord> result = new ArrayList<>();
        for (Located<ServiceRecord> e : entries) {
            id(e, "id", e.value().id(), serviceIds);
        }
        for (Located<ServiceRecord> e : entries) {
            result.add(service(e));
        }
        return result;
    }

    /** Checks one service's own fields and references. */
    public ServiceRecord service(Located<ServiceRecord> e) {
        ServiceRecord s = e.value();
        requireText(e, "name", s.name());
        requireText(e, "source", s.source());
        fits(e, "name", s.name(), 200);
        fits(e, "description", s.description(), 2000);
        fits(e, "source", s.source(), 500);
        for (String alias : s.aliases() == null ? List.<String>of() : s.aliases()) {
            fits(e, "aliases", alias, 100);
        }
        organizationRef(e, "organization", s.organization());
        blankItems(e, "aliases", s.aliases());
        return s;
    }

    List<LocationRecord> locations(List<Located<LocationRecord>> entries) {
        Set<String> locationIds = new HashSet<>();
        Set<String> windowIds = new HashSet<>();
        List<LocationRecord> result = new ArrayList<>();
        for (Located<LocationRecord> e : entries) {
            LocationRecord l = e.value();
            id(e, "id", l.id(), locationIds);
            List<WindowRecord> windows = l.windows() == null ? List.of() : l.windows();
            for (int i = 0; i < windows.size(); i++) {
                String prefix = "windows[" + i + "].";
                if (windows.get(i) == null) {
                    problems.add(e.problem(prefix, "empty window"));
                    continue;
                }
                id(e, prefix + "id", windows.get(i).id(), windowIds);
                window(e, prefix, windows.get(i));
            }
            result.add(location(e));
        }
        return result;
    }

    /** Checks one location's own fields and references (not its windows); region normalized. */
    public LocationRecord location(Located<LocationRecord> e) {
        LocationRecord l = e.value();
        requireText(e, "name", l.name());
        requireText(e, "source", l.source());
        fits(e, "name", l.name(), 200);
        fits(e, "address", l.address(), 500);
        fits(e, "source", l.source(), 500);
        organizationRef(e, "organization", l.organization());
        String region = regionRef(e, "region", l.region(), true).orElse(l.region());
        return new LocationRecord(l.id(), l.name(), l.address(), region, l.organization(), l.retired(), l.source(),
                l.lastVerified(), l.windows() == null ? List.of() : l.windows());
    }

    /** Checks one window's own fields and references; {@code prefix} names it inside its location. */
    public void window(Located<?> e, String prefix, WindowRecord w) {
        requireText(e, prefix + "label", w.label());
        requireText(e, prefix + "source", w.source());
        fits(e, prefix + "label", w.label(), 200);
        fits(e, prefix + "floor", w.floor(), 50);
        fits(e, prefix + "zone", w.zone(), 50);
        fits(e, prefix + "number", w.number(), 50);
        fits(e, prefix + "source", w.source(), 500);
        organizationRef(e, prefix + "organization", w.organization());
        serviceRefs(e, prefix + "services", w.services());
    }

    List<HotlineData> hotlines(List<Located<HotlineRecord>> entries) {
        Set<String> seen = new HashSet<>();
        List<Located<HotlineRecord>> unique = new ArrayList<>();
        for (Located<HotlineRecord> e : entries) {
            if (id(e, "id", e.value().id(), seen)) {
                unique.add(e);
            }
            if (e.value().id() != null) {
                hotlineIds.add(e.value().id());
            }
        }
        List<HotlineData> result = new ArrayList<>();
        for (Located<HotlineRecord> e : unique) {
            hotline(e).ifPresent(result::add);
        }
        return result;
    }

    /** Checks one hotline's own fields and references; its number parsed, its enums and region codes checked. */
    public Optional<HotlineData> hotline(Located<HotlineRecord> e) {
        HotlineRecord h = e.value();
        boolean ok = requireText(e, "label", h.label()) & requireText(e, "source", h.source())
                & fits(e, "label", h.label(), 200) & fits(e, "description", h.description(), 2000)
                & fits(e, "hours", h.hours(), 500) & fits(e, "statusNote", h.statusNote(), 1000)
                & fits(e, "source", h.source(), 500);
        Optional<DialNumber> number = Optional.empty();
        if (requireText(e, "number", h.number())) {
            number = phones.parse(h.number());
            if (number.isEmpty()) {
                problems.add(e.problem("number", "'" + h.number() + "' is not a valid Chinese phone or short number"));
            }
        }
        HotlineType type = parseEnum(e, "type", h.type(), HotlineType.class);
        HotlineStatus status = parseEnum(e, "status", h.status(), HotlineStatus.class);
        ok &= organizationRef(e, "organization", h.organization()) & serviceRefs(e, "services", h.services());
        List<String> codes = new ArrayList<>();
        for (String raw : h.regions() == null ? List.<String>of() : h.regions()) {
            regionRef(e, "regions", raw, true).ifPresent(codes::add);
        }
        boolean nationwide = Boolean.TRUE.equals(h.nationwide());
        if (nationwide == !codes.isEmpty()) {
            problems.add(e.problem("regions", nationwide ? "a nationwide hotline lists no regions"
                    : "list the regions served, or set nationwide: true"));
            ok = false;
        }
        if (status == HotlineStatus.MERGED) {
            if (h.mergedInto() == null) {
                problems.add(e.problem("mergedInto", "required when status is merged"));
                ok = false;
            } else if (!hotlineExists.test(h.mergedInto()) || h.mergedInto().equals(h.id())) {
                problems.add(e.problem("mergedInto", "unknown hotline '" + h.mergedInto() + "'"));
                ok = false;
            }
        } else if (h.mergedInto() != null) {
            problems.add(e.problem("mergedInto", "only a merged hotline names the one it was merged into"));
            ok = false;
        }
        if (!ok || number.isEmpty() || type == null || status == null) {
            return Optional.empty();
        }
        return Optional.of(new HotlineData(h, number.get(), type, status, List.copyOf(codes)));
    }

    private boolean id(Located<?> e, String field, String id, Set<String> seen) {
        if (id == null || id.isBlank()) {
            problems.add(e.problem(field, "is required"));
            return false;
        }
        if (!isSlug(id)) {
            problems.add(e.problem(field, "'" + id + "' must be a slug: lower-case letters, digits and single hyphens, at most 64"));
            return false;
        }
        if (!seen.add(id)) {
            problems.add(e.problem(field, "duplicate id '" + id + "'"));
            return false;
        }
        return true;
    }

    public static boolean isSlug(String id) {
        return id != null && id.length() <= 64 && SLUG.matcher(id).matches();
    }

    private boolean requireText(Located<?> e, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(e.problem(field, "is required"));
            return false;
        }
        return true;
    }

    /** The database's column limits, checked here so that a long text is a named problem, not a failed write. */
    private boolean fits(Located<?> e, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(e.problem(field, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    private void blankItems(Located<?> e, String field, List<String> values) {
        if (values != null && values.stream().anyMatch(v -> v == null || v.isBlank())) {
            problems.add(e.problem(field, "has an empty entry"));
        }
    }

    private Optional<String> regionRef(Located<?> e, String field, String raw, boolean required) {
        if (raw == null) {
            if (required) {
                problems.add(e.problem(field, "is required"));
            }
            return Optional.empty();
        }
        Optional<String> code = RegionCode.normalize(raw).filter(regionExists);
        if (code.isEmpty()) {
            problems.add(e.problem(field, "unknown region code '" + raw + "'"));
        }
        return code;
    }

    private boolean organizationRef(Located<?> e, String field, String id) {
        if (id != null && !organizationExists.test(id)) {
            problems.add(e.problem(field, "unknown organization '" + id + "'"));
            return false;
        }
        return true;
    }

    private boolean serviceRefs(Located<?> e, String field, List<String> ids) {
        boolean ok = true;
        for (String id : ids == null ? List.<String>of() : ids) {
            if (!serviceExists.test(id)) {
                problems.add(e.problem(field, "unknown service '" + id + "'"));
                ok = false;
            }
        }
        return ok;
    }

    private <E extends Enum<E>> E parseEnum(Located<?> e, String field, String raw, Class<E> type) {
        if (raw == null) {
            problems.add(e.problem(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            List<String> allowed = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            problems.add(e.problem(field, "'" + raw + "' is not one of " + allowed));
            return null;
        }
    }
}
