package app.pli.tests.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks the whole product's classes against every module rule. */
class ArchitectureTest {
    /** Test fixtures that break the rules on purpose live in packages named "archfixture". */
    private static final ImportOption NO_FIXTURES = location -> !location.contains("/archfixture/");

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(NO_FIXTURES)
            .withImportOption(location -> !location.contains("/app/pli/tests/"))
            .importPackages("app.pli");

    @Test
    void everyModuleIsImported() {
        for (String pkg : new String[] {"app.pli.core", "app.pli.cli"}) {
            assertTrue(PRODUCT.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)),
                    "no classes imported from " + pkg + ": the rules would check nothing");
        }
    }

    @TestFactory
    Stream<DynamicTest> productFollowsEveryRule() {
        return Arrays.stream(PliArchitectureRules.ALL)
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(PRODUCT)));
    }
}
