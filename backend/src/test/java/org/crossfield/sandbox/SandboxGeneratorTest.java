package org.crossfield.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.crossfield.sandbox.SandboxGenerator.SandboxPerson;
import org.junit.jupiter.api.Test;

class SandboxGeneratorTest {

    private static final List<String> CODES = IntStream.rangeClosed(1, 35).mapToObj(i -> String.format("DSDA%02d", i))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));

    static {
        IntStream.rangeClosed(1, 12).forEach(i -> CODES.add(String.format("HDS-%02d", i)));
    }

    private static List<SandboxPerson> people(SandboxGenerator generator) {
        List<SandboxPerson> people = new ArrayList<>();
        generator.people(people::add);
        return people;
    }

    @Test
    void theSameSeedGivesTheSameSandbox() {
        assertThat(people(new SandboxGenerator(7, SandboxSize.SMALL, CODES)))
                .isEqualTo(people(new SandboxGenerator(7, SandboxSize.SMALL, CODES)));
        assertThat(people(new SandboxGenerator(7, SandboxSize.SMALL, CODES)))
                .isNotEqualTo(people(new SandboxGenerator(8, SandboxSize.SMALL, CODES)));
    }

    @Test
    void startsWithTheSixDocumentedDemoAccounts() {
        List<SandboxPerson> people = people(new SandboxGenerator(1, SandboxSize.SMALL, CODES));
        assertThat(people.subList(0, 6)).extracting(SandboxPerson::email).containsExactly(
                "admin@demo.crossfield.org", "coordinator@demo.crossfield.org", "partner@demo.crossfield.org",
                "mentor@demo.crossfield.org", "supervisor@demo.crossfield.org", "student@demo.crossfield.org");
        assertThat(people.get(5).roles()).containsExactly(SandboxRole.STUDENT);
        assertThat(people.get(3).profile()).isNotEmpty();
        assertThat(people.get(0).profile()).isEmpty();
    }

    @Test
    void hasTheRequestedCountsUniqueEmailsAndValidProfiles() {
        SandboxGenerator generator = new SandboxGenerator(3, SandboxSize.SMALL, CODES);
        List<SandboxPerson> people = people(generator);
        assertThat(people).hasSize(6 + SandboxSize.SMALL.people());
        assertThat(people.stream().map(SandboxPerson::email).distinct()).hasSize(people.size());
        assertThat(people.stream().filter(p -> p.roles().contains(SandboxRole.MENTOR))).hasSize(SandboxSize.SMALL.mentors() + 1);
        for (SandboxPerson person : people) {
            Set<String> codes = new HashSet<>();
            person.profile().forEach(level -> {
                assertThat(level.level()).isBetween(1, 5);
                assertThat(CODES).contains(level.competencyCode());
                assertThat(codes.add(level.competencyCode())).isTrue();
            });
            assertThat(generator.organisations().get(person.organisation())).isNotNull();
        }
        assertThat(generator.organisations()).extracting(SandboxGenerator.SandboxOrganisation::country)
                .hasSizeGreaterThan(1).allSatisfy(c -> assertThat(SandboxGenerator.COUNTRIES).contains(c));
        assertThat(generator.organisations().stream().map(SandboxGenerator.SandboxOrganisation::name).distinct())
                .hasSize(generator.organisations().size());
    }

    @Test
    void mentorsWorkForCompaniesAndAreStrongerThanStudents() {
        SandboxGenerator generator = new SandboxGenerator(5, SandboxSize.MEDIUM, CODES);
        double[] sum = new double[2];
        long[] count = new long[2];
        generator.people(p -> {
            int k = p.roles().contains(SandboxRole.MENTOR) ? 0 : p.roles().contains(SandboxRole.STUDENT) ? 1 : -1;
            if (k < 0) {
                return;
            }
            if (k == 0) {
                assertThat(generator.organisations().get(p.organisation()).type())
                        .isEqualTo(SandboxOrganisationType.COMPANY);
            }
            p.profile().forEach(l -> {
                sum[k] += l.level();
                count[k]++;
            });
        });
        assertThat(sum[0] / count[0]).isGreaterThan(sum[1] / count[1]);
    }

    @Test
    void streamsTheLargeBenchmarkSetOfOneHundredThousandMentors() {
        SandboxGenerator generator = new SandboxGenerator(11, SandboxSize.LARGE, CODES);
        AtomicLong mentors = new AtomicLong();
        AtomicLong levels = new AtomicLong();
        generator.people(p -> {
            if (p.roles().contains(SandboxRole.MENTOR)) {
                mentors.incrementAndGet();
                levels.addAndGet(p.profile().size());
            }
        });
        assertThat(mentors.get()).isEqualTo(100_001);
        assertThat(levels.get()).isBetween(100_000L * 8, 100_001L * 20);
    }

    @Test
    void refusesUnknownSizes() {
        assertThat(SandboxSize.named("LARGE")).isEqualTo(SandboxSize.LARGE);
        assertThatThrownBy(() -> SandboxSize.named("huge")).hasMessageContaining("small, medium or large");
    }
}
