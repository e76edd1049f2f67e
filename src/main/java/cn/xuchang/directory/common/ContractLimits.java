package cn.xuchang.directory.common;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * 契约上限 (limits in the contract): every string states its longest value, every integer its format and range, every
 * list of an answer its most entries. What a client sends is stated where it is read — request bodies by
 * {@code @Schema(maxLength = Limits.…)} on their fields, parameters by {@link ParameterLimits} — and checked by the
 * server; this step writes each parameter's limit from that table and fails the build when a request field has none.
 * Answers hold only what the service stored or built, so their limits follow from the columns the values are read
 * from, by property name (the table below); a date is 10 characters, a timestamp at most 35; an integer of an answer
 * (a count, a version, an id, a page number) is never negative and at most the largest value of its format. A name
 * not in the table fails the build, so a new field gets its limit decided, never guessed.
 */
class ContractLimits implements OASFilter {

    private static final String SCHEMAS = "#/components/schemas/";

    /** Digits of a number's key or E.164 form (column number_key, e164). */
    private static final int PHONE_KEY = 20;
    /** A window's place: the centre's name, then its floor, zone and number (ServiceWindow.place). */
    private static final int PLACE = Limits.NAME + 3 * Limits.WINDOW_PART;
    /** A conflict's message (column data_conflict.message). */
    private static final int CONFLICT_MESSAGE = 1000;
    /** A region's pinyin (column region.pinyin). */
    private static final int PINYIN = 300;
    /** 2026-11-27T17:39:17.123456789+08:00. */
    private static final int TIMESTAMP = 35;
    /** 2026-11-27. */
    private static final int DATE = 10;

    /** The longest text of each property of an answer: the column it is read from. */
    private static final Map<String, Integer> ANSWER_TEXTS = Map.ofEntries(
            Map.entry("id", Limits.ID), Map.entry("organization", Limits.ID), Map.entry("recordId", Limits.ID),
            Map.entry("code", Limits.REGION_CODE), Map.entry("parentCode", Limits.REGION_CODE),
            Map.entry("region", Limits.REGION_CODE),
            Map.entry("name", Limits.NAME), Map.entry("label", Limits.NAME), Map.entry("matched", Limits.NAME),
            Map.entry("shortName", Limits.SHORT_TEXT), Map.entry("handle", Limits.SHORT_TEXT),
            Map.entry("author", Limits.SHORT_TEXT), Map.entry("closedBy", Limits.SHORT_TEXT),
            Map.entry("field", Limits.SHORT_TEXT),
            Map.entry("description", Limits.DESCRIPTION), Map.entry("statusNote", Limits.STATUS_NOTE),
            Map.entry("source", Limits.SOURCE), Map.entry("address", Limits.SOURCE), Map.entry("hours", Limits.SOURCE),
            Map.entry("url", Limits.SOURCE), Map.entry("resolution", Limits.SOURCE), Map.entry("text", Limits.SOURCE),
            Map.entry("floor", Limits.WINDOW_PART), Map.entry("zone", Limits.WINDOW_PART),
            Map.entry("number", Limits.WINDOW_PART), // a window's number; a hotline's display form is shorter (32)
            Map.entry("e164", PHONE_KEY), Map.entry("tel", "tel:".length() + PHONE_KEY),
            Map.entry("kind", Limits.WORD), Map.entry("problem", Limits.WORD),
            Map.entry("query", Limits.QUERY), Map.entry("place", PLACE), Map.entry("pinyin", PINYIN),
            Map.entry("file", Limits.FILE_NAME), Map.entry("message", CONFLICT_MESSAGE),
            Map.entry("next", 20), Map.entry("change", Limits.WORD),
            // lookup's former name (data/former-names.csv) and place outside the area: as short as a source line
            Map.entry("authority", Limits.SOURCE), Map.entry("note", Limits.DESCRIPTION),
            // a source's citation (common/SourceCitation): parts of the source line
            Map.entry("publication", Limits.SOURCE), Map.entry("section", Limits.SOURCE),
            // opening hours (hours/): HH:mm of a period or MM-dd of a season, a date exception, a holiday's name
            Map.entry("from", 5), Map.entry("to", 5), Map.entry("date", DATE), Map.entry("holiday", Limits.NAME),
            Map.entry("location", Limits.ID));

    /** The most entries of each list property of an answer, and the longest text of an entry that is one. */
    private static final Map<String, Integer> ANSWER_LISTS = Map.ofEntries(Map.entry("services", Limits.SERVICES),
            Map.entry("regions", Limits.REGIONS), Map.entry("aliases", Limits.ALIASES),
            Map.entry("items", Paging.MAX_SIZE),
            Map.entry("changes", 1000), // a page of the change feed: at most its limit (editing/ChangeFeed.MAX_LIMIT)
            // opening hours: a text of at most 500 characters holds fewer periods, rules and dates than these
            Map.entry("periods", 50), Map.entry("todayPeriods", 50), Map.entry("rules", 50),
            Map.entry("exceptions", 50), Map.entry("closedDays", 7), Map.entry("days", 92));
    private static final Map<String, Integer> ENTRY_TEXTS = Map.of("services", Limits.ID,
            "regions", Limits.REGION_CODE, "aliases", Limits.SHORT_TEXT, "terms", Limits.QUERY,
            "days", 3, "closedDays", 3);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        Set<String> requests = new HashSet<>();
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            parameters(path, item.getParameters());
            item.getOperations().values().forEach(operation -> {
                parameters(path, operation.getParameters());
                requests.addAll(requestSchemas(operation));
            });
        });
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            if (requests.contains(name)) {
                request(name, schema);
            } else {
                answer(name, name, schema);
            }
        });
    }

    private static void parameters(String path, List<Parameter> parameters) {
        for (Parameter parameter : parameters == null ? List.<Parameter>of() : parameters) {
            Schema schema = parameter.getSchema();
            if (schema == null || schema.getRef() != null || schema.getEnumeration() != null) {
                continue;
            }
            if (is(schema, SchemaType.STRING) && schema.getMaxLength() == null) {
                Integer max = ParameterLimits.TEXTS.get(parameter.getName());
                if (max == null) {
                    throw new IllegalStateException("Parameter " + parameter.getName() + " of " + path
                            + " has no limit: add it to common/ParameterLimits");
                }
                schema.setMaxLength(max);
            }
            if (is(schema, SchemaType.INTEGER) && (schema.getFormat() == null || schema.getMaximum() == null)) {
                throw new IllegalStateException("Parameter " + parameter.getName() + " of " + path
                        + " needs a format and a maximum in its @Parameter schema");
            }
        }
    }

    private static Set<String> requestSchemas(Operation operation) {
        Set<String> names = new HashSet<>();
        Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(type -> {
                Schema schema = type.getSchema();
                if (schema != null && schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
                    names.add(schema.getRef().substring(SCHEMAS.length()));
                }
            });
        }
        return names;
    }

    /**
     * A request states its limits itself, on the fields the server checks; the entries of its lists get theirs here
     * (an annotation cannot reach them), the same RecordRules checks: a reference's id, a region code, an alias.
     */
    private static void request(String name, Schema schema) {
        properties(schema).forEach((property, field) -> {
            String where = "Request field " + name + "." + property;
            Schema entry = field.getItems();
            if (entry != null && entry.getRef() == null && is(entry, SchemaType.STRING) && entry.getMaxLength() == null
                    && ENTRY_TEXTS.containsKey(property)) {
                entry.setMaxLength(ENTRY_TEXTS.get(property));
            }
            if (is(field, SchemaType.STRING) && field.getMaxLength() == null && field.getEnumeration() == null) {
                throw new IllegalStateException(where + " has no maxLength: @Schema(maxLength = Limits.…)");
            }
            if (is(field, SchemaType.ARRAY) && (field.getMaxItems() == null || field.getItems() == null
                    || is(field.getItems(), SchemaType.STRING) && field.getItems().getMaxLength() == null)) {
                throw new IllegalStateException(where + " needs maxItems and entries of a limited length");
            }
            if (is(field, SchemaType.INTEGER) && (field.getFormat() == null || field.getMaximum() == null)) {
                throw new IllegalStateException(where + " needs a format and a maximum");
            }
        });
    }

    /** An answer's limits, from the columns its values come from. */
    private static void answer(String owner, String property, Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return;
        }
        if (is(schema, SchemaType.STRING)) {
            text(owner, property, schema, ANSWER_TEXTS);
        } else if (is(schema, SchemaType.INTEGER)) {
            integer(owner, property, schema);
        } else if (is(schema, SchemaType.ARRAY)) {
            if (schema.getMaxItems() == null && ANSWER_LISTS.containsKey(property)) {
                schema.setMaxItems(ANSWER_LISTS.get(property));
            }
            Schema entry = schema.getItems();
            if (entry != null && entry.getRef() == null && is(entry, SchemaType.STRING)) {
                text(owner, property, entry, ENTRY_TEXTS);
            }
        }
        properties(schema).forEach((name, field) -> answer(owner, name, field));
        for (Collection<Schema> parts : List.of(nonNull(schema.getAllOf()), nonNull(schema.getAnyOf()),
                nonNull(schema.getOneOf()))) {
            parts.forEach(part -> answer(owner, property, part));
        }
    }

    private static void text(String owner, String property, Schema schema, Map<String, Integer> table) {
        if (schema.getMaxLength() != null || schema.getEnumeration() != null) {
            return;
        }
        if ("date".equals(schema.getFormat())) {
            schema.setMaxLength(DATE);
        } else if ("date-time".equals(schema.getFormat())) {
            schema.setMaxLength(TIMESTAMP);
        } else if (table.containsKey(property)) {
            schema.setMaxLength(table.get(property));
        } else {
            throw new IllegalStateException("Answer text " + owner + "." + property
                    + " has no limit: name the column it comes from in common/ContractLimits");
        }
    }

    private static void integer(String owner, String property, Schema schema) {
        if (schema.getFormat() == null) {
            throw new IllegalStateException("Answer integer " + owner + "." + property + " has no format");
        }
        if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
            schema.setMinimum(BigDecimal.ZERO);
        }
        if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
            schema.setMaximum(BigDecimal.valueOf("int32".equals(schema.getFormat()) ? Integer.MAX_VALUE
                    : Long.MAX_VALUE));
        }
    }

    private static Map<String, Schema> properties(Schema schema) {
        return schema.getProperties() == null ? Map.of() : schema.getProperties();
    }

    private static <T> Collection<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean is(Schema schema, SchemaType type) {
        return schema.getType() != null && schema.getType().contains(type);
    }
}
