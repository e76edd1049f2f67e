package cn.xuchang.directory.spreadsheet;

import java.util.List;
import java.util.Optional;

/** 工作表 (a kind's sheet): the sheet's Chinese title, the kind it holds (its RecordKind name) and its columns. */
record KindSheet(String title, String kind, List<SheetColumn> columns) {

    /** The column whose header is this text (spaces, a required mark * and full-width brackets ignored). */
    Optional<SheetColumn> column(String header) {
        String wanted = normalize(header);
        return columns.stream().filter(c -> normalize(c.header()).equals(wanted)).findFirst();
    }

    Optional<SheetColumn> byField(String field) {
        return columns.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    static String normalize(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u3000*＊]", "").replace('（', '(').replace('）', ')');
    }
}
