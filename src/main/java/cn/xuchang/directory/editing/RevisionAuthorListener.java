package cn.xuchang.directory.editing;

import org.hibernate.envers.RevisionListener;

/** Stamps each new revision with the author of the change being written on this thread. */
public class RevisionAuthorListener implements RevisionListener {

    private static final ThreadLocal<String> AUTHOR = new ThreadLocal<>();

    /** Runs {@code work} with {@code author} recorded on every revision it creates. */
    public static <T> T as(String author, java.util.function.Supplier<T> work) {
        String previous = AUTHOR.get();
        AUTHOR.set(author);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                AUTHOR.remove();
            } else {
                AUTHOR.set(previous);
            }
        }
    }

    public static String current() {
        String author = AUTHOR.get();
        return author == null ? "system" : author;
    }

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).author = current();
    }
}
