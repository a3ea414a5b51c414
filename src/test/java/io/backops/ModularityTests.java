package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
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
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(Files.readString(Path.of("docs/modules/components.puml")))
                .contains("\"Application\"", "\"Identity\"", "\"Kra\"", "\"Review\"", "\"Distribution\"");
    }
}
