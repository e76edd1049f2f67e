package cn.xuchang.directory.record;

/** One thing wrong in data/: the file, the record, the field and what is wrong with it. */
public record DataProblem(String file, String record, String field, String message) {

    @Override
    public String toString() {
        return file + ", " + record + (field == null ? "" : ", field '" + field + "'") + ": " + message;
    }
}
