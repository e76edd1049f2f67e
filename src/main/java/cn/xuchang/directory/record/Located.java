package cn.xuchang.directory.importer;

/** A record read from data/, with where it stands so that problems can name it. */
public record Located<T>(String file, String where, T value) {

    public DataProblem problem(String field, String message) {
        return new DataProblem(file, where, field, message);
    }
}
