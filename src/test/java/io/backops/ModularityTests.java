package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(BackopsApplication.class);

    @Test
    void modulesOnlyUseEachOthersApis() {
        modules.verify();
    }

    @Test
    void camundaStaysInsideReviewAndTheIdentityBridge() {
        // ADR 0001: the fewer places know Camunda, the cheaper a move to one of its forks.
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.backops");
        noClasses().that().resideOutsideOfPackages("io.backops.review..", "io.backops.identity.internal..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .check(classes);
    }

    @Test
    void writesTheModuleDiagramIntoDocs() throws Exception {
        Path drawn = Path.of("target", "modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(drawn.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        // The documenter lists relations in no fixed order: a file in docs/ is replaced only when what it says
        // changed, so a test run leaves the working tree clean.
        Path docs = Path.of("docs", "modules");
        Files.createDirectories(docs);
        try (var files = Files.list(drawn)) {
            for (Path file : files.toList()) {
                Path published = docs.resolve(file.getFileName());
                if (!Files.exists(published) || !sortedLines(published).equals(sortedLines(file))) {
                    Files.copy(file, published, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(Files.readString(docs.resolve("components.puml")))
                .contains("\"Application\"", "\"Identity\"", "\"Kra\"", "\"Review\"", "\"Distribution\"",
                        "\"Notification\"", "\"Settings\"");
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
