package org.crossfield.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams of docs/architecture.md, drawn by Spring Modulith's Documenter from the code. Written into
 * target/ on every run; to refresh the committed ones in docs/modules, run from the repository root:
 *
 * <pre>./mvnw -B -ntp -q -pl backend -am test -Dtest=ModuleDocumentationTest -Dsurefire.failIfNoSpecifiedTests=false -Dcrossfield.docs.write=true</pre>
 */
class ModuleDocumentationTest {

    @Test
    void drawsEveryModuleAndItsDependencies() throws IOException {
        ApplicationModules modules = ApplicationModules.of("org.crossfield", ImportOption.Predefined.DO_NOT_INCLUDE_TESTS::includes);
        Path folder = Boolean.getBoolean("crossfield.docs.write") ? Path.of("../docs/modules") : Path.of("target/modules");

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        endFilesWithANewline(folder); // the repository's .editorconfig wants one


        String overview = Files.readString(folder.resolve("components.puml"));
        modules.forEach(module -> {
            assertThat(overview).contains(module.getDisplayName());
            assertThat(folder.resolve("module-" + module.getIdentifier() + ".puml")).exists();
        });
    }

    private static void endFilesWithANewline(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                if (!text.endsWith("\n")) {
                    Files.writeString(file, text + "\n");
                }
            }
        }
    }
}
