package org.crossfield.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.crossfield.competency.ProfileChangedEvent;
import org.crossfield.matching.engine.Mentor;
import org.crossfield.matching.engine.MentorIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every enabled mentor in memory: the engine's column-per-competency {@link MentorIndex} for top-k queries, plus
 * names, organisations, capacities and accepted-match counts. Loaded once at start-up (about 1.5 million profile rows
 * for 100,000 mentors, streamed) and kept current by profile and settings events — never a database scan per request.
 */
@Component
class MentorDirectory {

    private static final Logger log = LoggerFactory.getLogger(MentorDirectory.class);

    record MentorInfo(long id, String name, Long organisationId, String organisationName, String country, int capacity) {
    }

    private final JdbcTemplate jdbc;
    private volatile MentorIndex index;
    private final Map<Long, MentorInfo> info = new ConcurrentHashMap<>();
    private final Map<Long, Integer> accepted = new ConcurrentHashMap<>();
    /** Engine ids of mentors with no free capacity, kept current so that a query need not look at every mentor. */
    private final Set<String> full = ConcurrentHashMap.newKeySet();

    MentorDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadOnStart() {
        index();
    }

    MentorIndex index() {
        MentorIndex current = index;
        if (current == null) {
            synchronized (this) {
                if (index == null) {
                    index = load();
                }
                current = index;
            }
        }
        return current;
    }

    /** Loads every mentor again, e.g. after the change feed could not be followed for a while. */
    void reload() {
        synchronized (this) {
            if (index != null) {
                index = load();
            }
        }
    }

    private MentorIndex load() {
        long started = System.nanoTime();
        Map<Long, MentorInfo> loaded = new HashMap<>();
        jdbc.query("""
                select u.id, u.display_name, u.organisation_id, o.name, o.country, coalesce(s.capacity, 1)
                from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'MENTOR'
                left join pub_organisation o on o.id = u.organisation_id
                left join mentor_settings s on s.user_id = u.id
                where u.enabled = true""", rs -> {
            long id = rs.getLong(1);
            long org = rs.getLong(3);
            loaded.put(id, new MentorInfo(id, rs.getString(2), rs.wasNull() ? null : org, rs.getString(4), rs.getString(5),
                    rs.getInt(6)));
        });
        Map<Long, Map<String, Integer>> levels = HashMap.newHashMap(loaded.size());
        jdbc.query("""
                select p.user_id, p.competency_code, p.level from pub_profile_entry p
                join pub_user_role r on r.user_id = p.user_id and r.role = 'MENTOR'""", rs -> {
            levels.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        Map<Long, Integer> acceptedNow = new HashMap<>();
        jdbc.query("select mentor_id, count(*) from round_proposal where status = 'ACCEPTED' group by mentor_id",
                rs -> {
                    acceptedNow.put(rs.getLong(1), rs.getInt(2));
                });
        List<Mentor> mentors = new ArrayList<>(loaded.size());
        loaded.values().forEach(m -> mentors.add(EngineMapping.mentor(m, levels.getOrDefault(m.id(), Map.of()))));
        MentorIndex built = MentorIndex.of(mentors);
        info.clear();
        info.putAll(loaded);
        accepted.clear();
        accepted.putAll(acceptedNow);
        full.clear();
        loaded.values().forEach(this::updateFull);
        log.info("Mentor directory: {} mentors indexed in {} ms", mentors.size(), (System.nanoTime() - started) / 1_000_000);
        return built;
    }

    /** Re-reads one person; they enter, change in or leave the index. */
    void refresh(long personId) {
        if (index == null) {
            return;
        }
        List<MentorInfo> rows = jdbc.query("""
                select u.id, u.display_name, u.organisation_id, o.name, o.country, coalesce(s.capacity, 1)
                from pub_app_user u join pub_user_role r on r.user_id = u.id and r.role = 'MENTOR'
                left join pub_organisation o on o.id = u.organisation_id
                left join mentor_settings s on s.user_id = u.id
                where u.enabled = true and u.id = ?""", (rs, i) -> {
            long org = rs.getLong(3);
            return new MentorInfo(rs.getLong(1), rs.getString(2), rs.wasNull() ? null : org, rs.getString(4),
                    rs.getString(5), rs.getInt(6));
        }, personId);
        if (rows.isEmpty()) {
            info.remove(personId);
            full.remove(EngineMapping.engineId(personId));
            index.remove(EngineMapping.engineId(personId));
            return;
        }
        Map<String, Integer> levels = new HashMap<>();
        jdbc.query("select competency_code, level from pub_profile_entry where user_id = ?",
                rs -> {
                    levels.put(rs.getString(1), rs.getInt(2));
                }, personId);
        MentorInfo mentor = rows.getFirst();
        info.put(personId, mentor);
        updateFull(mentor);
        index.upsert(EngineMapping.mentor(mentor, levels));
    }

    private void updateFull(MentorInfo mentor) {
        if (acceptedMatches(mentor.id()) >= mentor.capacity()) {
            full.add(EngineMapping.engineId(mentor.id()));
        } else {
            full.remove(EngineMapping.engineId(mentor.id()));
        }
    }

    void refreshAccepted(long mentorId) {
        Integer count = jdbc.queryForObject("select count(*) from round_proposal where status = 'ACCEPTED' and mentor_id = ?",
                Integer.class, mentorId);
        accepted.put(mentorId, count == null ? 0 : count);
        MentorInfo mentor = info.get(mentorId);
        if (mentor != null) {
            updateFull(mentor);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ProfileChangedEvent event) {
        if (info.containsKey(event.personId())) {
            refresh(event.personId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MentorSettingsChangedEvent event) {
        refresh(event.mentorId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(MatchDecidedEvent event) {
        refreshAccepted(event.mentorId());
    }

    MentorInfo info(long mentorId) {
        index();
        return info.get(mentorId);
    }

    Collection<MentorInfo> all() {
        index();
        return info.values();
    }

    int acceptedMatches(long mentorId) {
        return accepted.getOrDefault(mentorId, 0);
    }

    /** Mentors whose capacity is used up (or zero): they are not recommended. */
    Set<String> atCapacity() {
        index();
        return java.util.Collections.unmodifiableSet(full);
    }

    Mentor engineMentor(long mentorId) {
        return index().get(EngineMapping.engineId(mentorId)).orElse(null);
    }
}
