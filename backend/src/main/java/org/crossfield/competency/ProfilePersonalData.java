package org.crossfield.competency;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.crossfield.i18n.Text;
import org.crossfield.privacy.PersonalDataHolder;
import org.crossfield.privacy.TextScrub;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The competency profile's part of a person's data: their levels with evidence; erased entirely on request. */
@Component
class ProfilePersonalData implements PersonalDataHolder {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ProfilePersonalData(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** One level of the profile as exported. */
    record ExportedLevel(String competency, String title, int level, String evidence, String assessment, String verifiedBy,
                         Instant updatedAt) {
    }

    @Override
    public String kind() {
        return "profile";
    }

    @Override
    public Object export(long personId) {
        return jdbc.query("""
                select e.competency_code, c.title, e.level, e.evidence, e.assessment, e.verified_by, e.updated_at
                from profile_entry e left join competency c on c.code = e.competency_code
                  and c.framework_id = (select max(f.id) from competency_framework f where f.active = true)
                where e.user_id = ? order by e.competency_code limit 5000""",
                (rs, i) -> new ExportedLevel(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()), personId);
    }

    @Override
    public ErasurePlan plan(long personId) {
        Integer n = jdbc.queryForObject("select count(*) from profile_entry where user_id = ?", Integer.class, personId);
        return ErasurePlan.of(List.of(new Text("competency.erasure.profile",
                "The competency profile (" + n + " levels with their evidence)", n)), List.of());
    }

    @Override
    public List<Text> erase(ErasedPerson person) {
        List<String> codes = jdbc.queryForList("select competency_code from profile_entry where user_id = ?", String.class, person.id());
        int deleted = jdbc.update("delete from profile_entry where user_id = ?", person.id());
        TextScrub.replace(jdbc, "profile_entry", List.of("verified_by", "evidence"), person);
        TextScrub.replace(jdbc, "competency_framework", List.of("imported_by"), person);
        if (!codes.isEmpty()) {
            events.publishEvent(new ProfileChangedEvent(person.id(), Set.copyOf(codes)));
        }
        return List.of(new Text("competency.erasure.done", "Profile levels deleted: " + deleted, deleted));
    }
}
