package cn.xuchang.directory.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * 分层 (layering): packages depend one way only — a small base below the features, the features below
 * the read side (snapshot, resolution, search) and the importer — and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "cn.xuchang.directory", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    /** Lowest first: a package may use those before it, never one after it. */
    static final List<String> LAYERS = List.of(
            "common", "phone", "region",                         // base: errors, paging, numbers, divisions
            "hours", "geo",                                      // opening hours and the official calendar; coordinates
            "record", "editing",                                 // what every kind of record shares; the write path
            "ratelimit",                                         // read quotas per address and partner key
            "organization", "service", "location", "hotline", "channel", // the kinds, each owning its record
            "report",                                            // citizens' reports about any kind
            "snapshot", "nearby", "caching", "status", "resolve", "contacts", "hsds", "search", // the read side: in memory, HTTP caching, answers
            "importer",                                          // data/ in and out
            "spreadsheet",                                       // an office's list from and to Excel
            "console");                                          // the office editors' console: sign-in, CSRF

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("cn.xuchang.directory.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should()
            .resideInAnyPackage(LAYERS.stream().map(LayeringTest::pkg).toArray(String[]::new))
            .because("a new package takes its place in LAYERS");

    /** Every upward use, one line each ("resolve.DeskResolver uses snapshot.DirectorySnapshot"), so a failure reads as a list. */
    @ArchTest
    static void noPackageUsesOneAboveIt(JavaClasses directory) {
        Set<String> upward = new TreeSet<>();
        for (JavaClass c : directory) {
            int from = layer(c.getPackageName());
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (from >= 0 && layer(target.getPackageName()) > from) {
                    upward.add(name(c) + " uses " + name(target));
                }
            }
        }
        assertThat(upward).as("imports from a lower package up to a higher one (order: %s)", LAYERS).isEmpty();
    }

    /** The index of the package's layer, or -1 outside the directory. */
    private static int layer(String packageName) {
        String prefix = "cn.xuchang.directory.";
        if (!packageName.startsWith(prefix)) {
            return -1;
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return LAYERS.indexOf(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static String name(JavaClass c) {
        String full = c.getName().replace("cn.xuchang.directory.", "");
        int inner = full.indexOf('$');
        return inner < 0 ? full : full.substring(0, inner);
    }

    private static String pkg(String name) {
        return "cn.xuchang.directory." + name + "..";
    }
}
