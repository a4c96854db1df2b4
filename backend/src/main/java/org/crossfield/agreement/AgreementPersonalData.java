package org.crossfield.agreement;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.TextScrub;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Agreements' part of a person's data: the agreements they are party to (every version's text, their approvals and
 * comments) and the manuscripts they sent for publication review. On erasure agreements are kept — a signed agreement
 * is a contract (GDPR art. 17(3)(b) and (e)) — with the person's name and address replaced by the pseudonym in their
 * texts. The recorded SHA-256 of each version and each approval stay as they were signed: they still prove which text
 * was approved, and a signed copy the parties hold still verifies against them ({@code AgreementDocuments.verify} knows
 * the agreement's {@value #PARTY_ERASED} trail entry and does not call the changed stored text tampering).
 */
@Component
class AgreementPersonalData implements PersonalDataHolder {

    /** The trail entry that marks an agreement whose texts were pseudonymised after a party's erasure. */
    static final String PARTY_ERASED = "PARTY_ERASED";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AgreementPersonalData(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Override
    public String kind() {
        return "agreements";
    }

    @Override
    public Object export(long personId) {
        List<Map<String, Object>> agreements = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                select a.id, a.title, a.regime_code, a.status, a.current_version, p.role
                from agreement a join agreement_party p on p.agreement_id = a.id and p.user_id = ?
                order by a.id limit 1000""", personId)) {
            long id = ((Number) row.get("id")).longValue();
            Map<String, Object> agreement = new LinkedHashMap<>(row);
            agreement.put("versions", jdbc.queryForList("""
                    select version_no, rendered_text, sha256, note, created_at from agreement_version where agreement_id = ?
                    order by version_no limit 500""", id));
            agreement.put("myApprovals", jdbc.queryForList("""
                    select version_no, decision, sha256, reason, decided_at from agreement_approval where agreement_id = ? and user_id = ?
                    order by id limit 500""", id, personId));
            agreement.put("myComments", jdbc.queryForList("""
                    select version_no, clause, body, created_at from agreement_comment where agreement_id = ? and author_id = ?
                    order by id limit 5000""", id, personId));
            agreements.add(agreement);
        }
        return Map.of("agreements", agreements,
                "publicationReviews", jdbc.queryForList("""
                        select id, agreement_id, title, manuscript_name, requested_at, deadline_at, status, reason
                        from publication_review where requested_by = ? order by id limit 1000""", personId));
    }

    @Override
    public List<ExportedFile> files(long personId) {
        return jdbc.query("""
                select id, manuscript_name, manuscript_pdf from publication_review
                where requested_by = ? and manuscript_pdf is not null order by id limit 200""",
                (rs, i) -> new ExportedFile("manuscripts/" + rs.getLong(1) + "-" + rs.getString(2), rs.getBytes(3)), personId);
    }

    @Override
    public ErasurePlan plan(long personId) {
        Integer agreements = jdbc.queryForObject("select count(*) from agreement_party where user_id = ?", Integer.class, personId);
        return ErasurePlan.of(List.of(new Text("agreement.erasure.names", "The person's name and address in the texts of"
                        + " agreements, comments and publication reviews (replaced by the pseudonym)")),
                List.of(new Text("agreement.erasure.kept-agreements", "Agreements the person is party to (" + agreements + "), with"
                        + " their versions, approvals and comments: a signed agreement is a contract and is kept (GDPR art."
                        + " 17(3)(b), (e)); the recorded SHA-256 of what was approved stays", agreements),
                        new Text("agreement.erasure.kept-manuscripts", "Manuscripts sent for publication review under an agreement")));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        int changed = TextScrub.replace(jdbc, "agreement", List.of("title"), person)
                + TextScrub.replace(jdbc, "agreement_version", List.of("rendered_text", "terms_json", "note"), person)
                + TextScrub.replace(jdbc, "agreement_approval", List.of("reason"), person)
                + TextScrub.replace(jdbc, "agreement_comment", List.of("body"), person)
                + TextScrub.replace(jdbc, "agreement_event", List.of("detail", "detail_args"), person)
                + TextScrub.replace(jdbc, "publication_review", List.of("title", "reason"), person);
        List<Long> agreements = jdbc.queryForList("select agreement_id from agreement_party where user_id = ?", Long.class, person.id());
        Timestamp now = Timestamp.from(clock.instant());
        for (Long agreement : agreements) {
            // the screens word it (agreement.trail.detail.PARTY_ERASED): the pseudonym is the only fact
            jdbc.update("insert into agreement_event (agreement_id, actor_id, kind, detail_args, occurred_at) values (?, null, ?, ?, ?)",
                    agreement, PARTY_ERASED, AgreementTrail.arguments(List.of(person.pseudonym())), now);
        }
        return List.of(new Text("agreement.erasure.done", "Agreements kept; name or address replaced by the pseudonym in texts: "
                + changed, changed));
    }
}
