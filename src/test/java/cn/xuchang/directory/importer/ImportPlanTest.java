package cn.xuchang.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.xuchang.directory.importer.ImportPlan.Action;
import cn.xuchang.directory.importer.ImportPlan.Ledger;
import cn.xuchang.directory.importer.ImportPlan.Stored;

/** The import's decision for one record, without a database. */
class ImportPlanTest {

    private static final Ledger APPLIED_AT_3 = new Ledger("hash-a", 3);

    @Test
    void anEntryAsLastAppliedNeedsNothing() {
        assertThat(ImportPlan.unchanged("hash-a", APPLIED_AT_3)).isTrue();
        assertThat(ImportPlan.unchanged("hash-b", APPLIED_AT_3)).isFalse();
        assertThat(ImportPlan.unchanged("hash-a", null)).as("never applied").isFalse();
    }

    @Test
    void aNewEntryIsApplied() {
        assertThat(ImportPlan.forChangedEntry(null, null)).isEqualTo(Action.APPLY);
    }

    @Test
    void aChangedEntryOverAnUneditedRecordIsApplied() {
        assertThat(ImportPlan.forChangedEntry(APPLIED_AT_3, new Stored(3, DataImporter.AUTHOR, false)))
                .isEqualTo(Action.APPLY);
    }

    @Test
    void aChangedEntryOverARecordEditedSinceIsAConflict() {
        assertThat(ImportPlan.forChangedEntry(APPLIED_AT_3, new Stored(4, "editor@hrss", false)))
                .isEqualTo(Action.CONFLICT);
    }

    @Test
    void whenBothSidesSayTheSameThereIsNoConflict() {
        assertThat(ImportPlan.forChangedEntry(APPLIED_AT_3, new Stored(7, "editor@hrss", true)))
                .as("the API and the file agree: only the ledger moves on").isEqualTo(Action.APPLY);
    }

    @Test
    void withoutALedgerAnAuthorOtherThanTheImportMeansAnEdit() {
        assertThat(ImportPlan.forChangedEntry(null, new Stored(1, "editor@hrss", false))).isEqualTo(Action.CONFLICT);
        assertThat(ImportPlan.forChangedEntry(null, new Stored(1, DataImporter.AUTHOR, false))).isEqualTo(Action.APPLY);
        assertThat(ImportPlan.forChangedEntry(null, new Stored(0, null, false))).isEqualTo(Action.APPLY);
    }

    @Test
    void aRemovedEntryDeletesItsRecordUnlessEditedSince() {
        assertThat(ImportPlan.forRemovedEntry(APPLIED_AT_3, new Stored(3, DataImporter.AUTHOR, false)))
                .isEqualTo(Action.DELETE);
        assertThat(ImportPlan.forRemovedEntry(APPLIED_AT_3, new Stored(5, "editor@hrss", false)))
                .isEqualTo(Action.CONFLICT);
        assertThat(ImportPlan.forRemovedEntry(APPLIED_AT_3, null)).isEqualTo(Action.FORGET);
    }
}
