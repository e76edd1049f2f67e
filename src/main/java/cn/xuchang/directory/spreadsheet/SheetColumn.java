package cn.xuchang.directory.spreadsheet;

import java.util.Map;

/**
 * 表格列 (sheet column): one column of a kind's sheet — its Chinese header, the record field it fills, the rule
 * written in the description row, how a cell is read and written, and the list its dropdown offers.
 */
record SheetColumn(String header, String field, String note, Form form, Choices list) {

    /** How a cell holds its field. */
    enum Form {
        /** Text as written. */
        TEXT,
        /** Several texts, separated by ；or ; or 、. */
        TEXTS,
        /** One record's id, optionally followed by its name ("xuchang-hrss 许昌市人力资源和社会保障局"). */
        REF,
        /** Several of those. */
        REFS,
        /** One region's code, optionally followed by its name ("411081 禹州市"), or its name alone. */
        REGION,
        /** Several of those. */
        REGIONS,
        /** 是 or empty (否). */
        YES,
        /** One of a closed list, by its Chinese label or its API word. */
        CHOICE
    }

    /** The lists of the template's list sheet a dropdown takes its values from. */
    enum Choices {
        NONE, REGIONS, ORGANIZATIONS, SERVICES, LOCATIONS, HOTLINE_TYPES, HOTLINE_STATUSES, CHANNEL_TYPES, YES_NO
    }

    static SheetColumn of(String header, String field, String note, Form form) {
        return new SheetColumn(header, field, note, form, Choices.NONE);
    }

    static SheetColumn of(String header, String field, String note, Form form, Choices list) {
        return new SheetColumn(header, field, note, form, list);
    }

    /** The Chinese labels of a closed list, by API word; empty for a list of records. */
    Map<String, String> labels() {
        return SheetLayout.labels(list);
    }
}
