package org.crossfield.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = {"organisation", "roles"})
    Optional<UserAccount> findByEmailIgnoreCase(String email);

    /** People per country of their organisation and role; one row per (country, role). */
    @Query("""
            select new org.crossfield.identity.PeopleByCountry(o.country, r, count(u))
            from UserAccount u join u.organisation o join u.roles r
            where u.enabled = true and r in :roles
            group by o.country, r
            order by o.country, r""")
    List<PeopleByCountry> countByCountryAndRole(List<String> roles);

    @Query("select r, count(u) from UserAccount u join u.roles r group by r order by r")
    List<Object[]> countByRole();

    @Query("select count(u) from UserAccount u join u.roles r where r = :role and u.organisation.id = :organisationId")
    long countByRoleInOrganisation(String role, long organisationId);
}
