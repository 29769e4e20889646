package org.leafdrop.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layering of STYLE.md section 3 true: ui/cli/app over the middle tier over the core. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/leafdrop");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.leafdrop");
    }

    @Test
    void onlyUiAndAppImportJavaFx() throws IOException {
        // a source scan catches imports even where no class file references them
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !MAIN.relativize(f).startsWith("ui") && !MAIN.relativize(f).startsWith("app"))
                    .filter(f -> read(f).contains("import javafx."))
                    .toList();
        }
        assertThat(offenders).isEmpty();
        noClasses().that().resideOutsideOfPackages("org.leafdrop.ui..", "org.leafdrop.app..")
                .should().dependOnClassesThat().resideInAPackage("javafx..").check(classes);
    }

    @Test
    void theCoreDependsOnNothingAboveIt() {
        noClasses().that().resideInAnyPackage("org.leafdrop.units..", "org.leafdrop.geo..", "org.leafdrop.model..",
                        "org.leafdrop.weather..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leafdrop.sim..", "org.leafdrop.coverage..",
                        "org.leafdrop.planning..", "org.leafdrop.io..", "org.leafdrop.render..",
                        "org.leafdrop.report..", "org.leafdrop.cli..", "org.leafdrop.ui..", "org.leafdrop.app..")
                .check(classes);
    }

    @Test
    void unitsAndGeoStayAtTheBottom() {
        noClasses().that().resideInAPackage("org.leafdrop.units..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leafdrop.geo..", "org.leafdrop.model..",
                        "org.leafdrop.weather..")
                .check(classes);
        noClasses().that().resideInAPackage("org.leafdrop.geo..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leafdrop.model..", "org.leafdrop.weather..")
                .check(classes);
    }

    @Test
    void theMiddleTierNeverReachesUp() {
        noClasses().that().resideInAnyPackage("org.leafdrop.sim..", "org.leafdrop.coverage..", "org.leafdrop.io..",
                        "org.leafdrop.planning..", "org.leafdrop.report..", "org.leafdrop.render..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leafdrop.cli..", "org.leafdrop.ui..",
                        "org.leafdrop.app..")
                .check(classes);
        noClasses().that().resideInAPackage("org.leafdrop.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("org.leafdrop.io..", "org.leafdrop.coverage..")
                .check(classes);
    }

    @Test
    void everyPackageExplainsItself() throws IOException {
        List<Path> missing;
        try (Stream<Path> dirs = Files.walk(MAIN)) {
            missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void mainCodeHasNoTodoMarkersOrStrayConsoleOutput() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(MAIN)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !MAIN.relativize(f).startsWith("app"))
                    .filter(f -> {
                        String t = read(f);
                        return t.contains("TODO") || t.contains("FIXME") || t.contains("System.out.")
                                || t.contains("printStackTrace()");
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
