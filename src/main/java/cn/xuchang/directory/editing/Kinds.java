package cn.xuchang.directory.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import cn.xuchang.directory.common.ApiException;
import cn.xuchang.directory.record.RecordKind;

/** Every kind of record the directory holds, in the order they can be inserted (what others refer to first). */
@ApplicationScoped
public class Kinds {

    private final Map<String, RecordKind<?, ?>> byName = new LinkedHashMap<>();

    @Inject
    public Kinds(Instance<RecordKind<?, ?>> kinds) {
        this(kinds.stream().toList());
    }

    /** For tools and tests without a container. */
    public Kinds(List<? extends RecordKind<?, ?>> kinds) {
        List<RecordKind<?, ?>> sorted = new ArrayList<>(kinds);
        sorted.sort(Comparator.comparingInt(RecordKind::order));
        sorted.forEach(k -> byName.put(k.name(), k));
    }

    public List<RecordKind<?, ?>> all() {
        return List.copyOf(byName.values());
    }

    public RecordKind<?, ?> get(String name) {
        RecordKind<?, ?> kind = byName.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("no kind of record named " + name);
        }
        return kind;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The kind a client named, or 400 naming the parameter and the kinds there are. */
    public RecordKind<?, ?> require(String parameter, String name) {
        if (name == null || !byName.containsKey(name.strip())) {
            throw ApiException.invalid(parameter, name == null ? "is required"
                    : "must be one of " + String.join(", ", byName.keySet()));
        }
        return byName.get(name.strip());
    }
}
