package cn.xuchang.directory.importer;

/** A record read from data/, with where it stands so that problems can name it. */
record Located<T>(String file, String where, T value) {

    DataProblem problem(String field, String message) {
        return new DataProblem(file, where, field, message);
    }
}
