package cn.xuchang.directory.snapshot;

import java.util.List;
import java.util.Map;

import cn.xuchang.directory.hotline.HotlineView;

/**
 * 号码索引 (number index): hotlines by number key. Almost every number belongs to one hotline, so those
 * are kept without a list (a million lists would cost tens of megabytes); the few numbers several
 * hotlines share keep theirs, in id order. A key is in one map or the other, never both.
 */
record NumberIndex(Map<String, HotlineView> single, Map<String, List<HotlineView>> shared) {

    static final NumberIndex EMPTY = new NumberIndex(Map.of(), Map.of());

    /** The key under which a hotline is found: its E.164 form, or the short number as written. */
    static String key(HotlineView h) {
        return h.e164() != null ? h.e164() : h.number();
    }

    List<HotlineView> get(String key) {
        HotlineView one = single.get(key);
        if (one != null) {
            return List.of(one);
        }
        return shared.getOrDefault(key, List.of());
    }
}
