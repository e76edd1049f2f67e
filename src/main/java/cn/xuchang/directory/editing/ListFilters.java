package cn.xuchang.directory.editing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 共用筛选 (the shared filters a list takes): on a kind's list method, which of the filters of {@link ListQuery}
 * it takes and their words; {@link RecordWriteOperations} writes them into the contract and drops the others, and
 * {@link RecordResource#page} applies only these.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ListFilters {

    /** The records of this organization, e.g. "Only services this organization is responsible for". */
    Words organization() default @Words;

    /** The records for this service (a member of the kind's services). */
    Words service() default @Words;

    /** The records of this region: a member of the kind's regions, or its one region. */
    Words region() default @Words;

    /** One filter's description and example of the seed data; empty when the list does not take it. */
    @Retention(RetentionPolicy.RUNTIME)
    @interface Words {

        String value() default "";

        String example() default "";
    }
}
