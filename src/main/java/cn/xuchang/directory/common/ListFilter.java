package cn.xuchang.directory.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * 列表筛选 (list filter): the conditions a list's query parameters add to its Panache query, each only when
 * the parameter was given; the value a parameter names is looked up (or refused) by the function given.
 */
public final class ListFilter {

    private final StringBuilder query = new StringBuilder("1 = 1");
    private final Map<String, Object> params = new HashMap<>();

    /** {@code field = :field} when {@code raw} was given, with the value {@code find} makes of it. */
    public ListFilter equal(String field, String raw, Function<String, Object> find) {
        return raw == null ? this : where(field + " = :" + field, field, find.apply(raw));
    }

    /** {@code :param member of collection} when {@code raw} was given. */
    public ListFilter member(String collection, String param, String raw, Function<String, Object> find) {
        return raw == null ? this : where(":" + param + " member of " + collection, param, find.apply(raw));
    }

    /** Any other condition, with its one named parameter. */
    public ListFilter where(String condition, String param, Object value) {
        query.append(" and ").append(condition);
        params.put(param, value);
        return this;
    }

    public String query() {
        return query.toString();
    }

    public Map<String, Object> params() {
        return params;
    }

    /** A finder that answers 404 naming the record when a parameter names one that does not exist. */
    public static Function<String, Object> existing(String what, Function<String, Object> findById) {
        return id -> ApiException.orNotFound(findById.apply(id), what, id);
    }
}
