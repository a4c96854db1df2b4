package org.crossfield.audit;

import java.io.PrintStream;
import org.springframework.stereotype.Component;

/**
 * {@code crossfield.jar audit verify}: checks the audit chain on the configured database with the web server not
 * running. Intact: one line on standard output (how many entries, the head's number and hash, worth noting down
 * outside Crossfield) and 0; broken: the first broken entry on standard error and 1; bad arguments: usage and 2.
 */
@Component
public class AuditCommand {

    public static final String USAGE = "usage: crossfield.jar audit verify";

    private final AuditVerifier verifier;

    AuditCommand(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    /** The arguments after {@code audit}; the exit code. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 1 || !"verify".equals(args[0])) {
            err.println(USAGE);
            return 2;
        }
        AuditVerification result = verifier.verify();
        if (result.intact()) {
            out.println("Audit log intact: " + result.checked() + " entries checked; head entry " + result.headSeq()
                    + ", hash " + result.headHash() + ".");
            return 0;
        }
        err.println("Audit log broken at entry " + result.brokenSeq() + ": " + result.problem());
        return 1;
    }
}
