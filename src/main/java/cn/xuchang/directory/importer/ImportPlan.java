package cn.xuchang.directory.importer;

/**
 * 导入决策 (import plan): what an import does with one record, decided from the ledger and the record as
 * it stands — a pure rule, so that it can be tested without a database. A data/ entry is applied only
 * when it changed since it was last applied; when editors changed the record through the API meanwhile,
 * the database's version is kept and the conflict recorded.
 */
final class ImportPlan {

    /** What to do with a record. */
    enum Action {
        /** The entry is as last applied: nothing to read or write. */
        UNCHANGED,
        /** Write the entry (or only the ledger, when the record already says the same). */
        APPLY,
        /** Editors changed the record since the entry was last applied: keep it, report a conflict. */
        CONFLICT,
        /** The entry left the files and nobody edited the record since: delete it. */
        DELETE,
        /** The entry left the files and the record is gone too: forget it. */
        FORGET
    }

    /** The ledger's line for a record: the hash of the entry last applied and the version right after. */
    record Ledger(String entryHash, long appliedVersion) {
    }

    /** The record in the database: its version, who changed it last, and whether it says what the entry says. */
    record Stored(long version, String updatedBy, boolean sameAsEntry) {
    }

    private ImportPlan() {
    }

    /** Whether the entry needs reading the record at all (null ledger: never applied). */
    static boolean unchanged(String entryHash, Ledger ledger) {
        return ledger != null && ledger.entryHash().equals(entryHash);
    }

    /** For an entry that changed since last applied (or is new); {@code stored} null when the record does not exist. */
    static Action forChangedEntry(Ledger ledger, Stored stored) {
        if (stored == null || stored.sameAsEntry()) {
            return Action.APPLY;
        }
        boolean editedSince = ledger == null
                ? stored.updatedBy() != null && !DataImporter.AUTHOR.equals(stored.updatedBy())
                : stored.version() != ledger.appliedVersion();
        return editedSince ? Action.CONFLICT : Action.APPLY;
    }

    /** For a record the ledger knows whose entry left the files. */
    static Action forRemovedEntry(Ledger ledger, Stored stored) {
        if (stored == null) {
            return Action.FORGET;
        }
        return stored.version() != ledger.appliedVersion() ? Action.CONFLICT : Action.DELETE;
    }
}
