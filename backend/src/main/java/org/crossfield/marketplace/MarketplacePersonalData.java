package org.crossfield.marketplace;

import java.util.List;
import java.util.Map;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.TextScrub;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The marketplace's part of a person's data: their saved searches, the postings they created and the challenges they
 * were invited to. On erasure saved searches and invitations go; postings stay (others applied to them and work on
 * them), shown under the pseudonym.
 */
@Component
class MarketplacePersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;

    MarketplacePersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "postings";
    }

    @Override
    public Object export(long personId) {
        return Map.of(
                "savedSearches", jdbc.queryForList("""
                        select name, posting_kind, search_text, competency_code, domain, country, data_tier, programme_id,
                               posting_status, alerts, created_at, last_alert_at from saved_search where owner_id = ?
                        order by id limit 1000""", personId),
                "projectsSupervised", jdbc.queryForList("""
                        select id, title, status from phd_project where supervisor_id = ? order by id limit 1000""", personId),
                "challengesCreated", jdbc.queryForList("""
                        select id, title, status, deadline from challenge where created_by = ? order by id limit 1000""", personId),
                "challengesInvitedTo", jdbc.queryForList("""
                        select i.challenge_id, c.title from challenge_invitee i join challenge c on c.id = i.challenge_id
                        where i.user_id = ? order by i.challenge_id limit 1000""", personId));
    }

    @Override
    public ErasurePlan plan(long personId) {
        Integer searches = jdbc.queryForObject("select count(*) from saved_search where owner_id = ?", Integer.class, personId);
        return ErasurePlan.of(List.of(new Text("marketplace.erasure.saved-searches", "Saved searches (" + searches + ")", searches),
                        new Text("marketplace.erasure.invitations", "Invitations to invite-only challenges")),
                List.of(new Text("marketplace.erasure.kept-postings", "PhD projects and challenges the person posted: others"
                        + " applied to them and work on them (shown as the pseudonym)")));
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        int searches = jdbc.update("delete from saved_search where owner_id = ?", person.id());
        int invitations = jdbc.update("delete from challenge_invitee where user_id = ?", person.id());
        TextScrub.replace(jdbc, "phd_project", List.of("title", "research_question", "review_comment"), person);
        TextScrub.replace(jdbc, "challenge", List.of("title", "summary", "description", "review_comment"), person);
        return List.of(new Text("marketplace.erasure.done", "Saved searches deleted: " + searches
                + "; challenge invitations deleted: " + invitations, searches, invitations));
    }
}
