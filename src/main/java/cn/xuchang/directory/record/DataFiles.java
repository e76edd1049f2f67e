package cn.xuchang.directory.record;

import java.util.List;

/** The data/ folder as kinds see it: the entries of a file to read, and the files of an export to write. */
public interface DataFiles {

    /** Each entry of a YAML file whose top level is a list of records; unreadable entries become problems. */
    <T> List<Located<T>> yaml(String file, Class<T> type);

    /** The files of an export, filled kind by kind. */
    interface Export {

        /** Appends records to a file (created on first use, in the order files are first named). */
        void add(String file, List<?> records);
    }
}
