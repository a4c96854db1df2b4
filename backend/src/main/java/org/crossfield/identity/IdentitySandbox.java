package org.crossfield.identity;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossfield.sandbox.SandboxContext;
import org.crossfield.sandbox.SandboxContribution;
import org.crossfield.sandbox.SandboxGenerator;
import org.crossfield.sandbox.SandboxGenerator.SandboxOrganisation;
import org.crossfield.sandbox.SandboxGenerator.SandboxPerson;
import org.crossfield.sandbox.SandboxGenerator.SandboxProgramme;
import org.crossfield.sandbox.SandboxOrganisationType;
import org.crossfield.sandbox.SandboxPeople;
import org.crossfield.sandbox.SandboxRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The sandbox's organisations (each owning its people's e-mail domain and taking part in every programme), programmes
 * with their coordinators, and people with their roles, all with the public demo password; written first, with JDBC
 * batches (a large sandbox has 125,000 people). Records the ids for the other features' contributions.
 */
@Component
class IdentitySandbox implements SandboxContribution {

    static final int ORDER = -50;
    static final String DEMO_PASSWORD = "demo";
    private static final int BATCH = 2_000;

    private final PasswordEncoder passwordEncoder;

    IdentitySandbox(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public void contribute(SandboxContext context) {
        JdbcTemplate jdbc = context.jdbc();
        SandboxGenerator generator = context.generator();
        List<SandboxOrganisation> orgs = generator.organisations();
        long orgBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from organisation", Long.class);
        List<Long> orgIds = new ArrayList<>();
        List<Object[]> orgRows = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            SandboxOrganisation o = orgs.get(i);
            orgIds.add(orgBase + i);
            orgRows.add(new Object[] {orgBase + i, o.name(), organisationType(o.type()).name(), o.country()});
        }
        jdbc.batchUpdate("insert into organisation (id, name, type, country, version) values (?, ?, ?, ?, 0)", orgRows);
        context.recordOrganisations(orgIds);

        List<SandboxProgramme> programmes = generator.programmes();
        long programmeBase = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from programme", Long.class);
        List<Long> programmeIds = new ArrayList<>();
        List<Object[]> programmeRows = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            SandboxProgramme p = programmes.get(i);
            programmeIds.add(programmeBase + i);
            programmeRows.add(new Object[] {programmeBase + i, p.code(), p.name(), p.description()});
        }
        jdbc.batchUpdate("insert into programme (id, code, name, description, version) values (?, ?, ?, ?, 0)", programmeRows);
        context.recordProgrammes(programmeIds);

        // One hash for every sandbox person: bcrypt is slow on purpose, and these are all the public demo password.
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Timestamp created = Timestamp.from(context.now());
        long[] nextUser = {jdbc.queryForObject("select coalesce(max(id), 0) + 1 from app_user", Long.class)};
        SandboxPeople people = new SandboxPeople();
        List<Object[]> users = new ArrayList<>(BATCH);
        List<Object[]> roles = new ArrayList<>(BATCH);
        List<Object[]> coordinators = new ArrayList<>();
        generator.people(person -> {
            long id = nextUser[0]++;
            people.add(id, person);
            users.add(new Object[] {id, person.email(), person.displayName(), hash, orgIds.get(person.organisation()),
                    person.locale(), created});
            for (SandboxRole role : person.roles()) {
                roles.add(new Object[] {id, role(role)});
                if (role == SandboxRole.COORDINATOR) {
                    coordinatesProgrammes(person, id, programmeIds, coordinators);
                }
            }
            if (users.size() >= BATCH) {
                flush(jdbc, users, roles);
            }
        });
        flush(jdbc, users, roles);
        context.recordPeople(people);
        jdbc.batchUpdate("insert into programme_coordinator (programme_id, user_id) values (?, ?)", coordinators);
        // Every sandbox organisation takes part in every sandbox programme, and owns its people's e-mail domain.
        List<Object[]> participations = new ArrayList<>();
        for (long programme : programmeIds) {
            for (long organisation : orgIds) {
                participations.add(new Object[] {programme, organisation});
            }
        }
        jdbc.batchUpdate("insert into programme_organisation (programme_id, organisation_id) values (?, ?)", participations);
        List<Object[]> domains = new ArrayList<>();
        Set<String> seenDomains = new HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (seenDomains.add(orgs.get(i).domain())) {
                domains.add(new Object[] {orgs.get(i).domain(), orgIds.get(i)});
            }
        }
        jdbc.batchUpdate("insert into organisation_domain (domain, organisation_id) values (?, ?)", domains);
    }

    /** The sandbox names its roles as identity does. */
    static String role(SandboxRole role) {
        if (!Roles.isKnown(role.name())) {
            throw new IllegalStateException("The sandbox's role " + role + " is no role of Crossfield");
        }
        return role.name();
    }

    /** The sandbox names its organisation types as identity does. */
    static OrganisationType organisationType(SandboxOrganisationType type) {
        return OrganisationType.valueOf(type.name());
    }

    /** The demo coordinator coordinates every programme; generated coordinators one programme each, in turn. */
    private static void coordinatesProgrammes(SandboxPerson person, long userId, List<Long> programmeIds, List<Object[]> out) {
        if (person.email().endsWith("@" + SandboxGenerator.DEMO_DOMAIN)) {
            for (long programme : programmeIds) {
                out.add(new Object[] {programme, userId});
            }
        } else {
            out.add(new Object[] {programmeIds.get(Math.floorMod(userId, programmeIds.size())), userId});
        }
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> users, List<Object[]> roles) {
        if (!users.isEmpty()) {
            jdbc.batchUpdate("insert into app_user (id, email, display_name, password_hash, organisation_id, enabled, locale,"
                    + " demo, created_at, version) values (?, ?, ?, ?, ?, true, ?, true, ?, 0)", users);
        }
        if (!roles.isEmpty()) {
            jdbc.batchUpdate("insert into user_role (user_id, role) values (?, ?)", roles);
        }
        users.clear();
        roles.clear();
    }
}
