package cn.xuchang.directory.editing;

/** Fired after a change through the API commits, so that what citizens read follows at once. */
public record DirectoryChanged(String kind, String id) {
}
