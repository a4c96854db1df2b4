package org.crossfield.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The administrators' lists and look-ups, paged and bounded in the database. */
@Component
class IdentityQueries {

    private static final int MAX_PAGE = 200;

    private final JdbcTemplate jdbc;

    IdentityQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Slice<OrganisationSummary> organisations(OrganisationFilter f, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(o.name) like ? or exists (select 1 from organisation_domain d"
                    + " where d.organisation_id = o.id and d.domain like ?))");
            String like = like(f.text());
            args.add(like);
            args.add(like);
        }
        if (f.type() != null) {
            where.append(" and o.type = ?");
            args.add(f.type().name());
        }
        if (f.country() != null && !f.country().isBlank()) {
            where.append(" and o.country = ?");
            args.add(f.country().strip().toUpperCase(Locale.ROOT));
        }
        if (f.active() != null) {
            where.append(" and o.active = ?");
            args.add(f.active());
        }
        return slice("select o.id, o.name, o.type, o.country, o.active, o.version,"
                + " (select group_concat(d.domain order by d.domain separator ' ') from organisation_domain d where d.organisation_id = o.id)"
                + " from organisation o" + where + " order by o.name, o.id", args, page, this::organisation);
    }

    boolean organisationNameTaken(String name, Long exceptId) {
        Integer n = jdbc.queryForObject("select count(*) from organisation where name = ? and id <> ?", Integer.class,
                name, exceptId == null ? -1 : exceptId);
        return n != null && n > 0;
    }

    Optional<Long> domainOwner(String domain) {
        return jdbc.queryForList("select organisation_id from organisation_domain where domain = ?", Long.class, domain)
                .stream().findFirst();
    }

    List<OrganisationBrief> activeOrganisations() {
        return jdbc.query("select id, name, type, country from organisation where active = true order by name limit 5000",
                (rs, i) -> new OrganisationBrief(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4)));
    }

    List<OrganisationBrief> organisationsOfCoordinator(long coordinatorId) {
        return jdbc.query("select distinct o.id, o.name, o.type, o.country from organisation o"
                        + " join programme_organisation po on po.organisation_id = o.id"
                        + " join programme_coordinator pc on pc.programme_id = po.programme_id"
                        + " where pc.user_id = ? and o.active = true order by o.name limit 5000",
                (rs, i) -> new OrganisationBrief(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                        rs.getString(4)), coordinatorId);
    }

    /** The coordinator coordinates a programme in which this organisation takes part. */
    boolean coordinatesOrganisation(long coordinatorId, long organisationId) {
        Integer n = jdbc.queryForObject("select count(*) from programme_organisation po"
                + " join programme_coordinator pc on pc.programme_id = po.programme_id"
                + " where pc.user_id = ? and po.organisation_id = ?", Integer.class, coordinatorId, organisationId);
        return n != null && n > 0;
    }

    Slice<ProgrammeSummary> programmes(String text, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = "";
        if (text != null && !text.isBlank()) {
            where = " where lower(p.code) like ? or lower(p.name) like ? or lower(p.funder) like ?";
            String like = like(text);
            args.addAll(List.of(like, like, like));
        }
        Slice<Object[]> rows = slice("select p.id, p.code, p.name, p.description, p.funder, p.starts_on, p.ends_on, p.version"
                + " from programme p" + where + " order by p.code, p.id", args, page, (rs, i) -> new Object[] {
                rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class), rs.getLong(8)});
        List<ProgrammeSummary> content = rows.getContent().stream().map(this::programme).toList();
        return new SliceImpl<>(content, page, rows.hasNext());
    }

    Optional<ProgrammeSummary> programme(long id) {
        return jdbc.query("select p.id, p.code, p.name, p.description, p.funder, p.starts_on, p.ends_on, p.version"
                        + " from programme p where p.id = ?", (rs, i) -> new Object[] {
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class), rs.getLong(8)}, id)
                .stream().findFirst().map(this::programme);
    }

    boolean programmeCodeTaken(String code, Long exceptId) {
        Integer n = jdbc.queryForObject("select count(*) from programme where code = ? and id <> ?", Integer.class, code,
                exceptId == null ? -1 : exceptId);
        return n != null && n > 0;
    }

    private ProgrammeSummary programme(Object[] r) {
        long id = (Long) r[0];
        List<ProgrammeSummary.OrganisationRef> orgs = jdbc.query("select o.id, o.name from programme_organisation po"
                        + " join organisation o on o.id = po.organisation_id where po.programme_id = ? order by o.name limit 1000",
                (rs, i) -> new ProgrammeSummary.OrganisationRef(rs.getLong(1), rs.getString(2)), id);
        List<ProgrammeSummary.PersonRef> coordinators = jdbc.query("select u.id, u.display_name, u.email from programme_coordinator pc"
                        + " join app_user u on u.id = pc.user_id where pc.programme_id = ? order by u.display_name limit 100",
                (rs, i) -> new ProgrammeSummary.PersonRef(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
        return new ProgrammeSummary(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (java.time.LocalDate) r[5], (java.time.LocalDate) r[6], orgs, coordinators, (Long) r[7]);
    }

    private static final String PERSON_COLUMNS = "select u.id, u.display_name, u.email, u.organisation_id, o.name,"
            + " (select group_concat(r.role order by r.role separator ',') from user_role r where r.user_id = u.id),"
            + " u.status, u.enabled, u.requested_role, u.created_at from app_user u left join organisation o on o.id = u.organisation_id";

    Slice<PersonSummary> people(PeopleFilter f, Pageable page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(u.display_name) like ? or lower(u.email) like ? or lower(o.name) like ?)");
            String like = like(f.text());
            args.addAll(List.of(like, like, like));
        }
        if (f.organisationId() != null) {
            where.append(" and u.organisation_id = ?");
            args.add(f.organisationId());
        }
        if (f.role() != null && !f.role().isBlank()) {
            where.append(" and exists (select 1 from user_role r where r.user_id = u.id and r.role = ?)");
            args.add(f.role());
        }
        if (f.status() != null) {
            where.append(" and u.status = ?");
            args.add(f.status().name());
        }
        return slice(PERSON_COLUMNS + where + " order by u.display_name, u.id", args, page, this::person);
    }

    /** People waiting for approval: all for administrators; for a coordinator, those of organisations in their programmes. */
    Slice<PersonSummary> pending(Long coordinatorId, Pageable page) {
        List<Object> args = new ArrayList<>();
        String where = " where u.status = 'PENDING'";
        if (coordinatorId != null) {
            where += " and u.organisation_id in (select po.organisation_id from programme_organisation po"
                    + " join programme_coordinator pc on pc.programme_id = po.programme_id where pc.user_id = ?)";
            args.add(coordinatorId);
        }
        return slice(PERSON_COLUMNS + where + " order by u.created_at, u.id", args, page, this::person);
    }

    Optional<PersonSummary> person(long id) {
        org.springframework.jdbc.core.RowMapper<PersonSummary> mapper = this::person;
        return jdbc.query(PERSON_COLUMNS + " where u.id = ?", mapper, id).stream().findFirst();
    }

    private PersonSummary person(ResultSet rs, int i) throws SQLException {
        long org = rs.getLong(4);
        boolean noOrganisation = rs.wasNull();
        String roles = rs.getString(6);
        Timestamp created = rs.getTimestamp(10);
        return new PersonSummary(rs.getLong(1), rs.getString(2), rs.getString(3), noOrganisation ? null : org,
                rs.getString(5), roles == null ? List.of() : Arrays.asList(roles.split(",")),
                AccountStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getString(9),
                created == null ? null : created.toInstant());
    }

    private OrganisationSummary organisation(ResultSet rs, int i) throws SQLException {
        String domains = rs.getString(7);
        return new OrganisationSummary(rs.getLong(1), rs.getString(2), OrganisationType.valueOf(rs.getString(3)),
                rs.getString(4), domains == null ? List.of() : Arrays.asList(domains.split(" ")), rs.getBoolean(5),
                rs.getLong(6));
    }

    private <T> Slice<T> slice(String sql, List<Object> args, Pageable page,
                               org.springframework.jdbc.core.RowMapper<T> mapper) {
        int size = page == null || page.isUnpaged() ? 50 : Math.min(page.getPageSize(), MAX_PAGE);
        long offset = page == null || page.isUnpaged() ? 0 : (long) page.getPageNumber() * size;
        List<Object> all = new ArrayList<>(args);
        all.add(size + 1);
        all.add(offset);
        List<T> rows = jdbc.query(sql + " limit ? offset ?", mapper, all.toArray());
        boolean more = rows.size() > size;
        return new SliceImpl<>(more ? rows.subList(0, size) : rows,
                page == null || page.isUnpaged() ? org.springframework.data.domain.PageRequest.of(0, size) : page, more);
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
