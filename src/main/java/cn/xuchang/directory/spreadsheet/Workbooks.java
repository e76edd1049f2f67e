package cn.xuchang.directory.spreadsheet;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.xuchang.directory.editing.Editor;

/** 工作簿 (workbooks the service writes): the template, blank or with an editor's records, and the export. */
@ApplicationScoped
class Workbooks {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SheetRecords records;

    Workbooks(SheetRecords records) {
        this.records = records;
    }

    /** The template: blank for nobody; with the records {@code editor} may change (an admin: all). */
    @Transactional
    byte[] template(Editor editor) {
        return TemplateWriter.write(editor == null ? Map.of() : records.records(editor), records.lookups());
    }

    /** Every record being served, in the template's layout. */
    @Transactional
    byte[] export() {
        return TemplateWriter.write(records.records(null), records.lookups());
    }
}
