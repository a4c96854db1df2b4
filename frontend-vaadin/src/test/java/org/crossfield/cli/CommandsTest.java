package org.crossfield.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The admin and audit commands' refusals that need no database (the database cases: AccountAdministrationIntegrationTest, AuditLogIntegrationTest). */
class CommandsTest {

    @Test
    void withoutADatabaseTheCommandSaysSoInOneLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.admin(new String[] {"create", "--email", "a@b.example", "--name", "A", "--password-stdin"},
                new ByteArrayInputStream("a long passphrase\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("No database configured").hasLineCount(1);
    }

    @Test
    void withoutArgumentsItPrintsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(Commands.admin(new String[0], new ByteArrayInputStream(new byte[0]),
                new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("admin create --email");
        assertThat(Commands.databaseConfigured(new String[] {"--spring.datasource.url=jdbc:mysql://x/y"})).isTrue();
    }

    @Test
    void auditVerifyWithoutADatabaseSaysSoAndWithoutArgumentsPrintsItsUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(Commands.audit(new String[] {"verify"}, System.out, errors)).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("No database configured").hasLineCount(1);
        err.reset();
        assertThat(Commands.audit(new String[0], System.out, errors)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("audit verify");
    }
}
