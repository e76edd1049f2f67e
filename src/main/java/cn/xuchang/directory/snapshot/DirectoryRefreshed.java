package cn.xuchang.directory.snapshot;

/** CDI event: a new snapshot of the directory is in place; derived indexes rebuild from it. */
public record DirectoryRefreshed(DirectorySnapshot snapshot) {
}
