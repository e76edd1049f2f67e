package cn.xuchang.directory.editing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * 修改对象种类 (what a resource writes): on a {@link RecordWriteResource}, the kind its writes go to and the words
 * its API description uses for it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// Inherited, since the instance serving a request may be a subclass the container generated.
@Inherited
public @interface RecordWrites {

    /** The kind's {@code RecordKind.name()}, e.g. "organization"; the description says it as "a organization". */
    String kind();

    /** The kind's Chinese name, e.g. "机构", shown in the summary of create. */
    String term();
}
