package cn.xuchang.directory.record;

/**
 * A record with where it stands — a data/ file and entry, or the body of a request — so that problems can
 * name it; {@code prefix} places a record nested in another (a window inside its location: "windows[0].").
 */
public record Located<T>(String file, String where, String prefix, T value) {

    public Located(String file, String where, T value) {
        this(file, where, "", value);
    }

    /** The body of an API request: problems name its fields. */
    public static <T> Located<T> request(T value) {
        return new Located<>("request", "body", value);
    }

    /** Another record at the same place, nested under {@code prefix}. */
    public <U> Located<U> nested(String nestedPrefix, U nestedValue) {
        return new Located<>(file, where, prefix + nestedPrefix, nestedValue);
    }

    public DataProblem problem(String field, String message) {
        return new DataProblem(file, where, field == null ? null : prefix + field, message);
    }
}
