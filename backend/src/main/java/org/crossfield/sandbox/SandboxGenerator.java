package org.crossfield.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Deterministic synthetic sandbox data: fictional organisations across European countries, programmes and people
 * with realistic competency profiles. The same seed and size always give the same data; every person is computed
 * from its own index, so a 100,000-mentor data set streams without being held in memory.
 */
public final class SandboxGenerator {

    public static final String DEMO_DOMAIN = "demo.crossfield.org";

    static final List<String> COUNTRIES = List.of("BE", "NL", "DE", "FR", "ES", "IT", "PT", "IE", "DK", "SE", "FI",
            "EE", "PL", "CZ", "AT", "GR", "SI", "NO");
    private static final Map<String, String> LOCALE_BY_COUNTRY = Map.ofEntries(
            Map.entry("BE", "fr"), Map.entry("NL", "nl"), Map.entry("DE", "de"), Map.entry("FR", "fr"),
            Map.entry("ES", "es"), Map.entry("IT", "it"), Map.entry("AT", "de"));
    private static final String[] PLACES = {"Aldermoor", "Brightwater", "Calderhaven", "Dunmere", "Eskerfield",
            "Fallowmere", "Greyhollow", "Harrowdale", "Ivydown", "Juniper Vale", "Kestrelford", "Larkspur",
            "Marrowby", "Northcombe", "Oakenshaw", "Pellmoor", "Quarrington", "Rookhaven", "Saltmarsh", "Thornbury Vale",
            "Umberleigh", "Vantmoor", "Wrenfield", "Yarrowby", "Zelmor", "Ambervale", "Birchcombe", "Coldharbour",
            "Dovecote", "Emberlee"};
    private static final String[] COMPANY_STEMS = {"Quillon", "Ferncastle", "Novaris", "Helixor", "Medrana", "Cortexa",
            "Lumivo", "Pathwise", "Synthera", "Orbisan", "Veridata", "Kinetra", "Aurevia", "Biolytix", "Clarimed"};
    private static final String[] COMPANY_SUFFIXES = {"Health Analytics", "Biodata", "Clinical AI", "Digital Health",
            "MedTech", "Genomics", "Insights"};
    private static final String[] FIRST_NAMES = {"Ana", "Bram", "Chiara", "Dmitri", "Elin", "Fatima", "Giulia",
            "Hugo", "Ines", "Jonas", "Katarzyna", "Lars", "Marta", "Niamh", "Oskar", "Paula", "Quentin", "Rosa",
            "Sven", "Tereza", "Ugo", "Veerle", "Wiktor", "Xenia", "Yusuf", "Zofia", "Aino", "Bastien", "Carmen",
            "Daan", "Eleni", "Filip", "Greta", "Henrik", "Ilse", "Joao", "Kirsi", "Luca", "Mirela", "Nuno"};
    private static final String[] LAST_NAMES = {"Aalto", "Berger", "Costa", "Dvorak", "Eriksen", "Fontaine",
            "Garcia", "Havel", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Nowak", "Oliveira",
            "Papadopoulos", "Quinn", "Rossi", "Schmidt", "Tamm", "Urbano", "Visser", "Wagner", "Xavier", "Ylonen",
            "Zielinski", "Andersen", "Bianchi", "Claes", "De Vries", "Esposito", "Fischer", "Gallagher", "Horvat",
            "Keller", "Laine", "Martins", "Novak", "Peeters", "Ricci"};
    private static final String[] EVIDENCE = {"Applied in a hospital readmission study", "Taught in a graduate course",
            "Used in a production model for clinical triage", "Completed a certified course",
            "Published a peer-reviewed paper using it", "Led a team project on registry data",
            "Built a federated analysis pipeline", "Contributed to an open-source library"};

    private final long seed;
    private final SandboxSize size;
    private final List<String> competencyCodes;
    private final List<SandboxOrganisation> organisations;
    private final List<SandboxProgramme> programmes;

    /**
     * @param competencyCodes the framework's competency codes, in framework order; codes starting {@code HDS} are
     *                        the health-data extension.
     */
    public SandboxGenerator(long seed, SandboxSize size, List<String> competencyCodes) {
        if (competencyCodes.isEmpty()) {
            throw new IllegalArgumentException("The sandbox needs the competency framework's codes");
        }
        this.seed = seed;
        this.size = size;
        this.competencyCodes = List.copyOf(competencyCodes);
        this.organisations = buildOrganisations();
        this.programmes = buildProgrammes();
    }

    public long seed() {
        return seed;
    }

    public SandboxSize size() {
        return size;
    }

    public List<SandboxOrganisation> organisations() {
        return organisations;
    }

    public List<SandboxProgramme> programmes() {
        return programmes;
    }

    /** The six documented demo accounts first, then every generated person, in a fixed order. */
    public void people(Consumer<SandboxPerson> sink) {
        demoAccounts().forEach(sink);
        int index = 0;
        index = emit(sink, index, size.coordinators(), SandboxRole.COORDINATOR);
        index = emit(sink, index, size.partners(), SandboxRole.PARTNER);
        index = emit(sink, index, size.supervisors(), SandboxRole.SUPERVISOR);
        index = emit(sink, index, size.students(), SandboxRole.STUDENT);
        emit(sink, index, size.mentors(), SandboxRole.MENTOR);
    }

    public List<SandboxPerson> demoAccounts() {
        int platform = indexOf(SandboxOrganisationType.PUBLIC_BODY, 0);
        int company = indexOf(SandboxOrganisationType.COMPANY, 0);
        int university = indexOf(SandboxOrganisationType.UNIVERSITY, 0);
        List<SandboxPerson> accounts = new ArrayList<>();
        accounts.add(demo("admin", "Ada Admin", platform, SandboxRole.ADMIN, -1));
        accounts.add(demo("coordinator", "Cora Coordinator", platform, SandboxRole.COORDINATOR, -2));
        accounts.add(demo("partner", "Piet Partner", company, SandboxRole.PARTNER, -3));
        accounts.add(demo("mentor", "Mona Mentor", company, SandboxRole.MENTOR, -4));
        accounts.add(demo("supervisor", "Sam Supervisor", university, SandboxRole.SUPERVISOR, -5));
        accounts.add(demo("student", "Stella Student", university, SandboxRole.STUDENT, -6));
        return accounts;
    }

    private SandboxPerson demo(String role, String name, int organisation, SandboxRole roleName, int index) {
        return new SandboxPerson(role + "@" + DEMO_DOMAIN, name, organisation, List.of(roleName), "en",
                profileFor(roleName, index));
    }

    private int emit(Consumer<SandboxPerson> sink, int start, int count, SandboxRole role) {
        for (int i = 0; i < count; i++) {
            sink.accept(person(start + i, role));
        }
        return start + count;
    }

    private SandboxPerson person(int index, SandboxRole role) {
        SplittableRandom random = random(1_000_003L * (index + 1));
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        int organisation = switch (role) {
            case MENTOR, PARTNER -> pick(random, SandboxOrganisationType.COMPANY);
            case COORDINATOR -> pick(random, SandboxOrganisationType.PUBLIC_BODY);
            default -> random.nextInt(4) == 0 ? pick(random, SandboxOrganisationType.HOSPITAL) : pick(random, SandboxOrganisationType.UNIVERSITY);
        };
        SandboxOrganisation org = organisations.get(organisation);
        String email = slug(first) + "." + slug(last) + "." + index + "@" + org.domain();
        String locale = LOCALE_BY_COUNTRY.getOrDefault(org.country(), "en");
        return new SandboxPerson(email, first + " " + last, organisation, List.of(role), locale, profileFor(role, index));
    }

    /** A realistic profile for the role: industry mentors strong in analytics and engineering, students early-career. */
    List<SandboxLevel> profileFor(SandboxRole role, int index) {
        if (!role.keepsProfile()) {
            return List.of();
        }
        // the role's name salts the random source (as when roles were strings), so profiles stay as they were
        SplittableRandom random = random(7_000_033L * (index + 11) + role.name().hashCode());
        int n = competencyCodes.size();
        int count = switch (role) {
            case MENTOR -> 8 + random.nextInt(13);
            case SUPERVISOR -> 6 + random.nextInt(10);
            default -> 4 + random.nextInt(9);
        };
        count = Math.min(count, n);
        Map<String, SandboxLevel> chosen = new LinkedHashMap<>();
        while (chosen.size() < count) {
            String code = competencyCodes.get(random.nextInt(n));
            if (chosen.containsKey(code)) {
                continue;
            }
            boolean health = code.startsWith("HDS");
            int level = switch (role) {
                case MENTOR -> clamp((health ? 2 : 3) + gaussianStep(random));
                case SUPERVISOR -> clamp((health ? 4 : 3) + gaussianStep(random));
                default -> clamp(2 + gaussianStep(random));
            };
            String evidence = random.nextInt(3) == 0 ? EVIDENCE[random.nextInt(EVIDENCE.length)] : null;
            boolean verified = random.nextInt(4) == 0;
            chosen.put(code, new SandboxLevel(code, level, evidence, verified));
        }
        return List.copyOf(chosen.values());
    }

    private static int gaussianStep(SplittableRandom random) {
        double g = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5; // ~N(0, 0.5)
        return (int) Math.round(g * 1.6);
    }

    private static int clamp(int level) {
        return Math.max(1, Math.min(5, level));
    }

    private List<SandboxOrganisation> buildOrganisations() {
        SplittableRandom random = random(17);
        List<SandboxOrganisation> list = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        SandboxOrganisationType[] cycle = {SandboxOrganisationType.UNIVERSITY, SandboxOrganisationType.COMPANY, SandboxOrganisationType.HOSPITAL,
                SandboxOrganisationType.PUBLIC_BODY, SandboxOrganisationType.COMPANY, SandboxOrganisationType.UNIVERSITY,
                SandboxOrganisationType.RESEARCH_INSTITUTE, SandboxOrganisationType.COMPANY};
        for (int i = 0; i < size.organisations(); i++) {
            SandboxOrganisationType type = cycle[i % cycle.length];
            String country = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
            String place = PLACES[random.nextInt(PLACES.length)];
            String name = switch (type) {
                case UNIVERSITY -> "University of " + place;
                case HOSPITAL -> place + " University Hospital";
                case RESEARCH_INSTITUTE -> place + " Institute for Health Data Research";
                case PUBLIC_BODY -> place + " Health Data Agency";
                case COMPANY -> COMPANY_STEMS[random.nextInt(COMPANY_STEMS.length)] + " "
                        + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
            };
            String unique = name;
            for (int k = 2; !used.add(unique); k++) {
                unique = name + " " + k;
            }
            name = unique;
            list.add(new SandboxOrganisation(name, type, country, "org" + (i + 1) + "." + country.toLowerCase(Locale.ROOT) + ".example"));
        }
        return List.copyOf(list);
    }

    private List<SandboxProgramme> buildProgrammes() {
        String[] themes = {"Health Data Science Doctoral Network", "Federated Learning for Hospitals",
                "FAIR Health Research Cloud", "Synthetic Data Sandbox Training", "Digital Health Centre of Excellence",
                "Cross-border Health Data Sharing"};
        List<SandboxProgramme> list = new ArrayList<>();
        for (int i = 0; i < size.programmes(); i++) {
            String theme = themes[i % themes.length];
            String code = "PRG-" + (i + 1);
            list.add(new SandboxProgramme(code, theme + (i >= themes.length ? " " + (i / themes.length + 1) : ""),
                    "A synthetic sandbox programme: " + theme.toLowerCase(Locale.ROOT) + "."));
        }
        return List.copyOf(list);
    }

    private int pick(SplittableRandom random, SandboxOrganisationType type) {
        int start = random.nextInt(organisations.size());
        for (int k = 0; k < organisations.size(); k++) {
            int i = (start + k) % organisations.size();
            if (organisations.get(i).type() == type) {
                return i;
            }
        }
        return start;
    }

    private int indexOf(SandboxOrganisationType type, int fallback) {
        for (int i = 0; i < organisations.size(); i++) {
            if (organisations.get(i).type() == type) {
                return i;
            }
        }
        return fallback;
    }

    private SplittableRandom random(long salt) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + salt);
    }

    private static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static final String[] METHODS = {"Federated survival analysis", "Causal inference", "Deep learning",
            "Privacy-preserving record linkage", "Explainable machine learning", "Synthetic data generation",
            "Natural language processing of clinical notes", "Time-series forecasting", "Bayesian hierarchical modelling",
            "Graph neural networks"};
    private static final String[] PROBLEMS = {"early sepsis detection", "heart-failure readmission",
            "diabetic retinopathy screening", "cancer treatment response", "ICU length of stay", "rare disease diagnosis",
            "antimicrobial resistance", "dementia progression", "maternal health outcomes", "stroke rehabilitation"};
    private static final String[] SOURCES = {"ICU time series", "electronic health records", "national registries",
            "imaging archives", "claims data", "wearable sensor data", "biobank data"};

    /** Every supervisor's PhD projects: the demo supervisor has two open ones, the others one or two each. */
    public void projects(Consumer<SandboxProject> sink) {
        for (int supervisor = 0; supervisor <= size.supervisors(); supervisor++) {
            final int s = supervisor;
            SplittableRandom random = random(90_001L * (s + 3));
            int count = s == 0 ? 2 : 1 + random.nextInt(2);
            for (int k = 0; k < count; k++) {
                String method = METHODS[random.nextInt(METHODS.length)];
                String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
                String source = SOURCES[random.nextInt(SOURCES.length)];
                String title = method + " for " + problem + " using " + source;
                String question = "Can " + method.toLowerCase(Locale.ROOT) + " on " + source + " improve " + problem
                        + " while keeping patient data where it is?";
                int programme = s == 0 ? 0 : random.nextInt(programmes.size());
                String status = s == 0 || random.nextInt(10) < 8 ? "OPEN" : "DRAFT";
                // the demo supervisor's projects have no must-haves, so that any demo mentor can be pinned to them
                List<SandboxRequirement> requirements = requirements(random).stream()
                        .map(r -> s == 0 ? new SandboxRequirement(r.competencyCode(), r.level(), r.weight(), false) : r).toList();
                sink.accept(new SandboxProject(s, programme, title, question, 1 + (random.nextInt(3) == 0 ? 1 : 0), status,
                        requirements));
            }
        }
    }

    private List<SandboxRequirement> requirements(SplittableRandom random) {
        int count = Math.min(4 + random.nextInt(5), competencyCodes.size());
        Map<String, SandboxRequirement> chosen = new LinkedHashMap<>();
        while (chosen.size() < count) {
            String code = competencyCodes.get(random.nextInt(competencyCodes.size()));
            chosen.putIfAbsent(code, new SandboxRequirement(code, 2 + random.nextInt(3), 1 + random.nextInt(3),
                    random.nextInt(6) == 0));
        }
        return List.copyOf(chosen.values());
    }

    /**
     * The positions (0 … candidates-1) of the projects student number {@code ordinal} ranks, best first: three to six
     * of the open projects of one programme.
     */
    public List<Integer> preferenceIndices(int ordinal, int candidates) {
        SplittableRandom random = random(77_003L * (ordinal + 13));
        int count = Math.min(candidates, 3 + random.nextInt(4));
        java.util.LinkedHashSet<Integer> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextInt(candidates));
        }
        return List.copyOf(chosen);
    }

    /** A student's standing in supervisors' eyes (higher is ranked first), so that rankings are consistent. */
    public double studentStanding(int ordinal) {
        return random(88_007L * (ordinal + 17)).nextDouble();
    }

    /** How many mentees mentor number {@code ordinal} (0 is the demo mentor) takes at once. */
    public int mentorCapacity(int ordinal) {
        return ordinal == 0 ? 2 : 1 + random(55_001L * (ordinal + 7)).nextInt(3);
    }

    /** The organisation (index into {@link #organisations()}) a mentor declared a conflict with, or -1. */
    public int mentorConflict(int ordinal) {
        SplittableRandom random = random(66_001L * (ordinal + 5));
        return ordinal > 0 && random.nextInt(20) == 0 ? random.nextInt(organisations.size()) : -1;
    }

    private static final String[] CHALLENGE_GOALS = {"Predict", "Detect", "Forecast", "Explain", "Reduce", "Benchmark"};
    private static final String[] DATA_TIERS = {"SYNTHETIC", "SYNTHETIC", "ANONYMISED", "PSEUDONYMISED_SENSITIVE"};
    private static final String[] ACCESS_MODELS = {"FEDERATED", "TRUSTED_RESEARCH_ENVIRONMENT", "TRANSFER"};
    private static final String[] IP_REGIMES = {"LAMBERT_1", "LAMBERT_2", "LAMBERT_4", "CONSORTIUM", "CUSTOM"};

    /**
     * The partners' challenges: the demo partner posts the first two (one open, one draft), then partners take turns.
     * Most are open; a few are drafts, submitted or invite-only (invitees: up to three student ordinals).
     */
    public void challenges(Consumer<SandboxChallenge> sink) {
        for (int i = 0; i < size.challenges(); i++) {
            SplittableRandom random = random(123_457L * (i + 19));
            int partner = i < 2 || size.partners() == 0 ? 0 : 1 + random.nextInt(size.partners());
            String goal = CHALLENGE_GOALS[random.nextInt(CHALLENGE_GOALS.length)];
            String problem = PROBLEMS[random.nextInt(PROBLEMS.length)];
            String method = METHODS[random.nextInt(METHODS.length)];
            String source = SOURCES[random.nextInt(SOURCES.length)];
            String title = goal + " " + problem + " from " + source;
            String summary = method + " on " + source + " to " + goal.toLowerCase(Locale.ROOT) + " " + problem + ".";
            String description = "We are looking for a PhD researcher to " + goal.toLowerCase(Locale.ROOT) + " " + problem
                    + " with " + method.toLowerCase(Locale.ROOT) + ". The data are " + source
                    + " from partner hospitals; the work includes validation against clinical outcomes and a short report"
                    + " on fairness across patient groups.";
            int roll = random.nextInt(20);
            String status = i == 0 ? "OPEN" : i == 1 ? "DRAFT" : roll < 16 ? "OPEN" : roll < 18 ? "SUBMITTED" : "DRAFT";
            boolean inviteOnly = i > 1 && random.nextInt(25) == 0;
            List<Integer> invitees = new ArrayList<>();
            if (inviteOnly && size.students() > 0) {
                for (int k = 0; k < 3; k++) {
                    invitees.add(random.nextInt(size.students()));
                }
            }
            sink.accept(new SandboxChallenge(partner, i < 2 ? 0 : random.nextInt(programmes.size()), title, summary,
                    description, 30 + random.nextInt(300), status, inviteOnly ? "INVITE_ONLY" : random.nextInt(4) == 0 ? "REGISTERED" : "PUBLIC",
                    DATA_TIERS[random.nextInt(DATA_TIERS.length)], ACCESS_MODELS[random.nextInt(ACCESS_MODELS.length)],
                    IP_REGIMES[random.nextInt(IP_REGIMES.length)], List.copyOf(new java.util.LinkedHashSet<>(invitees)),
                    requirements(random)));
        }
    }

    /**
     * {@code partner} is an ordinal among partners (0 is the demo partner); {@code deadlineInDays} counts from loading;
     * {@code invitees} are student ordinals.
     */
    public record SandboxChallenge(int partner, int programme, String title, String summary, String description,
                                   int deadlineInDays, String status, String visibility, String dataTier, String accessModel,
                                   String ipRegime, List<Integer> invitees, List<SandboxRequirement> requirements) {
    }

    /** {@code supervisor} is an ordinal among supervisors (0 is the demo supervisor); {@code programme} indexes programmes. */
    public record SandboxProject(int supervisor, int programme, String title, String researchQuestion, int mentorSlots,
                                 String status, List<SandboxRequirement> requirements) {
    }

    public record SandboxRequirement(String competencyCode, int level, int weight, boolean mustHave) {
    }

    public record SandboxOrganisation(String name, SandboxOrganisationType type, String country, String domain) {
    }

    public record SandboxProgramme(String code, String name, String description) {
    }

    /** A person; {@code organisation} indexes {@link #organisations()}. */
    public record SandboxPerson(String email, String displayName, int organisation, List<SandboxRole> roles, String locale,
                                List<SandboxLevel> profile) {
    }

    public record SandboxLevel(String competencyCode, int level, String evidence, boolean verified) {
    }
}
