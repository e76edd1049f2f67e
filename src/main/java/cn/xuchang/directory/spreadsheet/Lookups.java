package cn.xuchang.directory.spreadsheet;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.xuchang.directory.spreadsheet.SheetColumn.Choices;

/**
 * 名称对照 (names): the names of the records and regions a sheet refers to, by id or code, for the list sheet's
 * dropdowns and for cells written "411081 禹州市"; read back, a name alone finds its id when only one record bears it.
 */
final class Lookups {

    private final Map<Choices, Map<String, String>> names = new HashMap<>();

    void put(Choices list, String id, String name) {
        names.computeIfAbsent(list, k -> new LinkedHashMap<>()).put(id, name);
    }

    /** Id or code to name, in the order put. */
    Map<String, String> names(Choices list) {
        return names.getOrDefault(list, Map.of());
    }

    String name(Choices list, String id) {
        return names(list).get(id);
    }

    boolean has(Choices list, String id) {
        return names(list).containsKey(id);
    }

    /** The one id bearing this name; null when none or several do. */
    String idOfName(Choices list, String name) {
        String found = null;
        for (Map.Entry<String, String> e : names(list).entrySet()) {
            if (name.equals(e.getValue())) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }
}
