package io.backops;

import static org.assertj.core.api.Assertions.assertThat;

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
    void writesTheModuleDiagramIntoDocs() throws Exception {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();

        assertThat(Files.readString(Path.of("docs/modules/components.puml")))
                .contains("\"Application\"", "\"Identity\"", "\"Kra\"", "\"Review\"", "\"Distribution\"");
    }
}
