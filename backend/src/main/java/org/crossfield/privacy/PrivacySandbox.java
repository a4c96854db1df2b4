package org.crossfield.privacy;

import java.sql.Timestamp;
import java.util.List;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.springframework.stereotype.Component;

/**
 * The sandbox's privacy notice: version 1 of a demo privacy notice and terms of use, accepted by every demo account
 * (so that logging in to the demo goes straight to the work), and the demo people's opt-in to the public showcase (so
 * that the showcase shows the demo outcomes). Only this module's tables, only demo rows.
 */
@Component
class PrivacySandbox implements SandboxContribution {

    static final String NOTICE = """
            Privacy notice (demo)

            Crossfield keeps your account (name, e-mail address, organisation, roles), your competency profile, your \
            applications and the files you upload, the agreements you are party to and the outcomes of your \
            collaborations, to run the marketplace and to report to the programmes' funders. The record of processing \
            lists each kind of data, why it is kept, on which legal basis and for how long.

            You can download everything Crossfield holds about you and ask for its erasure on the "My data" page.""";

    static final String TERMS = """
            Terms of use (demo)

            This is a demonstration installation with synthetic data. Do not enter real personal or health data.""";

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute(SandboxContext context) {
        Timestamp now = Timestamp.from(context.now());
        var jdbc = context.jdbc();
        jdbc.update("insert into privacy_notice (version_no, notice_text, terms_text, published_at, demo) values (1, ?, ?, ?, true)",
                NOTICE, TERMS, now);
        List<Long> people = jdbc.queryForList("select id from pub_app_user where demo = true order by id", Long.class);
        jdbc.batchUpdate("insert into privacy_choice (user_id, accepted_version, accepted_at, showcase, optional_mail, demo)"
                + " values (?, 1, ?, true, false, true)", people, 1000, (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setTimestamp(2, now);
                });
        for (String kind : List.of(ConsentKind.PRIVACY_NOTICE.name(), ConsentKind.SHOWCASE.name())) {
            jdbc.batchUpdate("insert into consent_record (user_id, kind, granted, notice_version, recorded_at, demo)"
                    + " values (?, ?, true, ?, ?, true)", people, 1000, (ps, id) -> {
                        ps.setLong(1, id);
                        ps.setString(2, kind);
                        if (kind.equals(ConsentKind.PRIVACY_NOTICE.name())) {
                            ps.setInt(3, 1);
                        } else {
                            ps.setNull(3, java.sql.Types.INTEGER);
                        }
                        ps.setTimestamp(4, now);
                    });
        }
    }
}
