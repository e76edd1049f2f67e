package cn.xuchang.directory.spreadsheet;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** 保存的预览 (a preview as kept in the database): what the client sees, and the steps apply will take. */
record StoredPreview(PreviewView view, List<Step> steps, List<Step> missing) {

    /** One record to create, update or retire: its fields as checked, and its version at the preview. */
    record Step(String kind, String id, String action, Long version, ObjectNode fields) {
    }
}
