package cn.xuchang.directory.editing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 读取说明 (what a resource's read of one record says): on a {@link RecordResource}, the words of its
 * GET /{id}, which {@link RecordWriteOperations} puts into the placeholders of the one generic read.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
public @interface RecordReads {

    /** The summary of GET /{id}, e.g. "Get one service window". */
    String summary();

    /** Its description: what the record carries. */
    String description();

    /** An id of the seed data, the example of the {id} parameter. */
    String example();
}
