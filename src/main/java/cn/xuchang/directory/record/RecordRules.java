package cn.xuchang.directory.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.xuchang.directory.common.Limits;
import cn.xuchang.directory.common.WireNames;
import cn.xuchang.directory.geo.Coordinates;
import cn.xuchang.directory.geo.Datum;
import cn.xuchang.directory.hours.HoursException;
import cn.xuchang.directory.hours.HoursParser;
import cn.xuchang.directory.region.RegionCode;

/**
 * 校验规则 (the basic checks) every kind of record is held to, in data/ and in the write API alike:
 * required texts, the database's column limits, slugs, codes, enums and references. Each problem is
 * collected with the field it concerns; a check returns whether it passed.
 */
public final class RecordRules {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<DataProblem> problems;
    private final References references;

    public RecordRules(List<DataProblem> problems, References references) {
        this.problems = problems;
        this.references = references;
    }

    public List<DataProblem> problems() {
        return problems;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public void problem(Located<?> e, String field, String message) {
        problems.add(e.problem(field, message));
    }

    public static boolean isSlug(String id) {
        return id != null && id.length() <= Limits.ID && SLUG.matcher(id).matches();
    }

    /** A required slug id. */
    public boolean id(Located<?> e, String field, String id) {
        if (id == null || id.isBlank()) {
            problem(e, field, "is required");
            return false;
        }
        if (!isSlug(id)) {
            problem(e, field, "'" + id + "' must be a slug: lower-case letters, digits and single hyphens, at most " + Limits.ID);
            return false;
        }
        return true;
    }

    public boolean requireText(Located<?> e, String field, String value) {
        if (value == null || value.isBlank()) {
            problem(e, field, "is required");
            return false;
        }
        return true;
    }

    /** A text within its column's limit, required or not. */
    public boolean text(Located<?> e, String field, String value, int max, boolean required) {
        return (!required || requireText(e, field, value)) & fits(e, field, value, max);
    }

    /** Where the facts come from: required on every record. */
    public boolean source(Located<?> e, String value) {
        return text(e, "source", value, Limits.SOURCE, true);
    }

    /** The database's column limits, checked here so that a long text is a named problem, not a failed write. */
    public boolean fits(Located<?> e, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problem(e, field, "must be at most " + max + " characters");
            return false;
        }
        return true;
    }

    /** Opening hours as published: absent when unknown, else within the column's limit and readable by the parser. */
    public boolean hours(Located<?> e, String field, String value) {
        if (value == null || !fits(e, field, value, Limits.SOURCE)) {
            return value == null;
        }
        try {
            HoursParser.parse(value);
            return true;
        } catch (HoursException x) {
            problem(e, field, x.getMessage());
            return false;
        }
    }

    /**
     * Coordinates as a source gives them: all of latitude, longitude and datum, or none; in range; GCJ-02 only inside
     * China. The datum as stored (WGS-84 or GCJ-02) when they pass, else as given.
     */
    public String coordinates(Located<?> e, Double latitude, Double longitude, String datum) {
        Map<String, String> wrong = Coordinates.problems(latitude, longitude, datum);
        wrong.forEach((field, message) -> problem(e, field, message));
        return wrong.isEmpty() && datum != null ? Datum.parse(datum).map(Datum::text).orElse(datum) : datum;
    }

    /** A list of short texts (aliases): none empty, each within the column's limit, at most {@code maxItems}. */
    public boolean texts(Located<?> e, String field, List<String> values, int max, int maxItems) {
        boolean ok = items(e, field, values, maxItems);
        for (String value : values == null ? List.<String>of() : values) {
            if (value == null || value.isBlank()) {
                problem(e, field, "has an empty entry");
                return false;
            }
            ok &= fits(e, field, value, max);
        }
        return ok;
    }

    /** At most {@code max} entries in a list. */
    public boolean items(Located<?> e, String field, List<?> values, int max) {
        if (values != null && values.size() > max) {
            problem(e, field, "must have at most " + max + " entries");
            return false;
        }
        return true;
    }

    /** A region code in any accepted writing; the normalized code when it exists. */
    public Optional<String> region(Located<?> e, String field, String raw, boolean required) {
        if (raw == null) {
            if (required) {
                problem(e, field, "is required");
            }
            return Optional.empty();
        }
        if (!fits(e, field, raw, Limits.REGION_CODE)) {
            return Optional.empty();
        }
        Optional<String> code = RegionCode.normalize(raw).filter(references::regionExists);
        if (code.isEmpty()) {
            problem(e, field, "unknown region code '" + raw + "'");
        }
        return code;
    }

    /** Region codes (at most {@link Limits#REGIONS}), each normalized, sorted and unique; unknown ones named. */
    public List<String> regions(Located<?> e, String field, List<String> raw) {
        List<String> codes = new ArrayList<>();
        if (!items(e, field, raw, Limits.REGIONS)) {
            return codes;
        }
        for (String code : raw == null ? List.<String>of() : raw) {
            region(e, field, code, true).ifPresent(codes::add);
        }
        return codes.stream().sorted().distinct().toList();
    }

    /** An optional reference to a record of another kind ("organization", "service", …). */
    public boolean ref(Located<?> e, String field, String kind, String id) {
        if (id == null) {
            return true;
        }
        if (!fits(e, field, id, Limits.ID)) {
            return false;
        }
        if (!references.exists(kind, id)) {
            problem(e, field, "unknown " + kind + " '" + id + "'");
            return false;
        }
        return true;
    }

    /** References (at most {@code max}) to records of another kind; null when there are none, else sorted and unique. */
    public List<String> refs(Located<?> e, String field, String kind, List<String> ids, int max) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        if (!items(e, field, ids, max)) {
            return ids;
        }
        ids.forEach(id -> ref(e, field, kind, id));
        return ids.stream().sorted().distinct().toList();
    }

    /** A required value of an enum, written in lower case; null when missing or not one of them. */
    public <T extends Enum<T>> T oneOf(Located<?> e, String field, String raw, Class<T> type) {
        if (raw == null) {
            problem(e, field, "is required");
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException x) {
            List<String> allowed = new ArrayList<>();
            for (T c : type.getEnumConstants()) {
                allowed.add(WireNames.of(c));
            }
            problem(e, field, "'" + raw + "' is not one of " + allowed);
            return null;
        }
    }
}
