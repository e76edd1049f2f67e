package cn.xuchang.directory.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** 导入记账 (the import ledger): per data/ record, the entry hash last applied and the version right after. */
final class ImportLedger {

    private final EntityManager em;

    ImportLedger(EntityManager em) {
        this.em = em;
    }

    /** The ledger's lines for these records of a kind, by id. */
    Map<String, DataRecordState> of(String kind, List<String> ids) {
        Map<String, DataRecordState> states = new HashMap<>();
        DataRecordState.<DataRecordState>list("key.kind = ?1 and key.recordId in ?2", kind, ids)
                .forEach(s -> states.put(s.key.recordId(), s));
        return states;
    }

    static ImportPlan.Ledger line(DataRecordState state) {
        return state == null ? null : new ImportPlan.Ledger(state.entryHash, state.appliedVersion);
    }

    /** Records that an entry was applied and the record's version after it. */
    void applied(String kind, String id, DataRecordState state, String entryHash, long version) {
        DataRecordState line = state;
        if (line == null) {
            line = new DataRecordState();
            line.key = new DataRecordState.Key(kind, id);
        }
        line.entryHash = entryHash;
        line.appliedVersion = version;
        line.persist();
    }

    /** Moves the applied version on after the import itself changed the record again (a link). */
    void advanced(String kind, String id, long version) {
        DataRecordState line = DataRecordState.findById(new DataRecordState.Key(kind, id));
        if (line != null) {
            line.appliedVersion = version;
        }
    }

    /** Every id of a kind the ledger knows. */
    List<String> ids(String kind) {
        return em.createQuery("select s.key.recordId from DataRecordState s where s.key.kind = :kind", String.class)
                .setParameter("kind", kind).getResultList();
    }

    DataRecordState find(String kind, String id) {
        return DataRecordState.findById(new DataRecordState.Key(kind, id));
    }
}
