package cn.xuchang.directory.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/** 上传内容 (what an upload holds): its sheets of records, the notices about the file, and how it was read. */
final class Upload {

    final String format;
    final List<ParsedSheet> sheets = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    /** For a CSV file, the encoding it was found to be in. */
    String encoding;
    int rows;

    Upload(String format) {
        this.format = format;
    }

    /** A sheet of records of the kind its title names; null (and a notice) for a sheet the template has not. */
    ParsedSheet sheet(String title) {
        var layout = SheetLayout.sheet(title);
        if (layout.isEmpty()) {
            notices.add(new Notice(title, null, null, "UNKNOWN_SHEET",
                    "工作表「" + title + "」不是模板中的表，未读取", false));
            return null;
        }
        ParsedSheet sheet = new ParsedSheet(this, title, layout.get());
        sheets.add(sheet);
        return sheet;
    }
}
