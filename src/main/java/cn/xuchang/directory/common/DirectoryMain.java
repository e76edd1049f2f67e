package cn.xuchang.directory.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * 入口 (entry point) of the packaged service, quarkus:run and quarkus:dev: Quarkus with one JVM setting made before it
 * starts. Quarkus refuses a request target that java.net.URI cannot parse (a broken %-escape, a raw quote) before any
 * route runs, with an empty 400; the setting turns that off, and {@link HttpLayerProblems} makes the same check and
 * answers in the problem shape. It is a system property read when Quarkus's HTTP layer loads, so it cannot go in
 * application.properties (tests set it in pom.xml).
 */
@QuarkusMain
public final class DirectoryMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
