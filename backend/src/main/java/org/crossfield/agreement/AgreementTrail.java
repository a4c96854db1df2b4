package org.crossfield.agreement;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.i18n.Text;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to an agreement's trail; the only writer of {@code agreement_event}, and it only inserts. An entry keeps its
 * facts (names, numbers, moments) as arguments and a person's own words as its detail, never a sentence of ours: the
 * screens put the facts in words in the reader's language. What a proposal changed is not stored at all: it is the
 * difference between the version and the one before, computed when the trail is read.
 */
@Component
class AgreementTrail {

    /** The trail's kind of the entry that signs an agreement. */
    static final String SIGNED = "SIGNED";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LEGACY_STARTED = Pattern.compile("From template (\\S+) v(\\d+)");
    private static final Pattern LEGACY_COMMENTED = Pattern.compile("Clause (.+)");
    private static final Pattern LEGACY_REMINDED = Pattern.compile("(\\d+) approvers reminded");
    private static final Pattern LEGACY_ERASED = Pattern.compile(".*replaced by \"(.*)\" in the texts.*");
    // Rows written before 2026-12-05 by the officer and publication-review steps: "<name> for <organisation>",
    // "<title> (deadline 3 Mar 2027 12:00 UTC)", "<title>: no answer by …", "<title> (30 days, held until …): <reason>".
    private static final String LEGACY_WHEN = "(\\d{1,2} \\S+ \\d{4} \\d{2}:\\d{2} UTC)";
    private static final Pattern LEGACY_OFFICER = Pattern.compile("(.+?) for (.+)", Pattern.DOTALL);
    private static final Pattern LEGACY_REVIEW_REQUESTED = Pattern.compile("(.*) \\(deadline " + LEGACY_WHEN + "\\)", Pattern.DOTALL);
    private static final Pattern LEGACY_REVIEW_SILENCE = Pattern.compile("(.*): no answer by " + LEGACY_WHEN, Pattern.DOTALL);
    private static final Pattern LEGACY_REVIEW_DELAYED = Pattern.compile("(.*) \\((\\d+) days, held until " + LEGACY_WHEN + "\\)(?:: (.*))?",
            Pattern.DOTALL);
    private static final DateTimeFormatter LEGACY_DAY = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final AgreementEventRepository events;
    private final AgreementVersionRepository versions;
    private final AgreementQueries queries;
    private final ApplicationEventPublisher publisher;

    AgreementTrail(AgreementEventRepository events, AgreementVersionRepository versions, AgreementQueries queries,
                   ApplicationEventPublisher publisher) {
        this.events = events;
        this.versions = versions;
        this.queries = queries;
        this.publisher = publisher;
    }

    /**
     * Appends to the trail: {@code words} is what a person wrote (or null), {@code arguments} the facts the screens
     * word. The audit log records the action too (kind and version only: the arguments may name people).
     */
    void append(long agreementId, Integer versionNo, Long actorId, String kind, String words, List<String> arguments, String sha256,
                Instant now) {
        if (!TrailEntry.KINDS.contains(kind)) {
            throw new IllegalArgumentException("Not a kind of trail entry: " + kind);
        }
        events.save(new AgreementEvent(agreementId, versionNo, actorId, kind, words, arguments(arguments), sha256, now));
        publisher.publishEvent(AuditEvent.of(AuditActions.AGREEMENT_PREFIX + kind, "AGREEMENT", agreementId)
                .withDetails(versionNo == null ? null : "Version " + versionNo));
        if (SIGNED.equals(kind) && versionNo != null) {
            // inside the signing transaction: what listeners write (the webhook outbox) commits with the signature
            publisher.publishEvent(new AgreementSignedEvent(agreementId, versionNo, sha256));
        }
    }

    /** The arguments as stored: a JSON array of strings, or null when there are none. */
    static String arguments(List<String> arguments) {
        return arguments == null || arguments.isEmpty() ? null : JSON.writeValueAsString(arguments);
    }

    List<TrailEntry> of(long agreementId, int max) {
        Map<Long, String> names = new HashMap<>();
        Map<Integer, AgreementTerms> terms = new HashMap<>();
        versions.findByAgreementIdOrderByVersionNoDesc(agreementId, Limit.of(AgreementService.MAX_VERSIONS))
                .forEach(v -> terms.put(v.getVersionNo(), AgreementJson.read(v.getTermsJson())));
        return events.findByAgreementIdOrderByIdAsc(agreementId, Limit.of(max)).stream()
                .map(e -> new TrailEntry(e.getKind(), e.getVersionNo(),
                        e.getActorId() == null ? "Crossfield" : names.computeIfAbsent(e.getActorId(), queries::name),
                        details(e, terms), e.getSha256(), e.getOccurredAt()))
                .toList();
    }

    /** What an entry says, from its arguments (or, for rows older than the arguments, from its English detail). */
    static List<Text> details(AgreementEvent e, Map<Integer, AgreementTerms> terms) {
        List<String> args = e.getDetailArgs() == null ? null : JSON.readValue(e.getDetailArgs(), new TypeReference<List<String>>() { });
        String words = e.getDetail();
        List<Text> out = new ArrayList<>();
        switch (e.getKind()) {
            case "STARTED" -> {
                if (args == null && words != null) {
                    Matcher m = LEGACY_STARTED.matcher(words);
                    args = m.matches() ? List.of(m.group(1), m.group(2)) : null;
                }
                if (args != null && args.size() == 2) {
                    out.add(detail("STARTED", "From template " + args.get(0) + " v" + args.get(1), args.get(0), args.get(1)));
                    words = null;
                }
            }
            case "PROPOSED" -> {
                Integer v = e.getVersionNo();
                if (v != null && terms.containsKey(v) && terms.containsKey(v - 1)) {
                    for (TermsDiff.Change c : TermsDiff.between(terms.get(v - 1), terms.get(v))) {
                        out.add(new Text("agreement.trail.detail.change", c.term() + ": " + c.before().english() + " → " + c.after().english(),
                                new Text(c.termKey(), c.term()), c.before(), c.after()));
                    }
                    boolean restarted = args != null ? args.contains("restarted") : words != null && words.endsWith("(approvals restarted)");
                    if (restarted) {
                        out.add(detail("restarted", "approvals restarted"));
                    }
                    words = null;
                }
            }
            case "COMMENTED" -> {
                String clause = args != null && !args.isEmpty() ? args.getFirst() : null;
                if (clause == null && words != null) {
                    Matcher m = LEGACY_COMMENTED.matcher(words);
                    clause = m.matches() ? m.group(1) : null;
                }
                if (clause != null) {
                    out.add(clause.equals("general") ? detail("COMMENTED-general", "General")
                            : detail("COMMENTED", "Clause " + clause, clause));
                    words = null;
                }
            }
            case "OFFICER_ADDED" -> {
                if (args == null && words != null) {
                    Matcher m = LEGACY_OFFICER.matcher(words);
                    args = m.matches() ? List.of(m.group(1), m.group(2)) : null;
                }
                if (args != null && args.size() == 2) {
                    out.add(detail("OFFICER_ADDED", args.get(0) + " for " + args.get(1), args.get(0), args.get(1)));
                    words = null;
                }
            }
            case SIGNED -> {
                out.add(detail("SIGNED", "Every party approved"));
                words = null;
            }
            case "REMINDED" -> {
                String count = args != null && !args.isEmpty() ? args.getFirst() : null;
                if (count == null && words != null) {
                    Matcher m = LEGACY_REMINDED.matcher(words);
                    count = m.matches() ? m.group(1) : null;
                }
                if (count != null) {
                    out.add(detail("REMINDED", count + " approvers reminded", Integer.parseInt(count)));
                    words = null;
                }
            }
            case "REVIEW_REQUESTED", "REVIEW_CONSENTED_BY_SILENCE" -> {
                if (args == null && words != null) {
                    Matcher m = (e.getKind().equals("REVIEW_REQUESTED") ? LEGACY_REVIEW_REQUESTED : LEGACY_REVIEW_SILENCE).matcher(words);
                    Instant when = m.matches() ? legacyInstant(m.group(2)) : null;
                    if (when != null) {
                        args = List.of(m.group(1), when.toString());
                        words = null;
                    }
                }
                if (args != null && args.size() == 2) {
                    Instant deadline = instant(args.get(1));
                    out.add(detail(e.getKind(), args.get(0) + (e.getKind().equals("REVIEW_REQUESTED") ? " (deadline " + deadline + ")"
                            : ": no answer by " + deadline), args.get(0), deadline));
                }
            }
            case "REVIEW_CONSENTED", "REVIEW_OBJECTED" -> {
                if (args != null && !args.isEmpty()) {
                    out.add(new Text(null, args.getFirst()));
                }
            }
            case "REVIEW_DELAYED" -> {
                if (args == null && words != null) {
                    Matcher m = LEGACY_REVIEW_DELAYED.matcher(words);
                    Instant until = m.matches() ? legacyInstant(m.group(3)) : null;
                    if (until != null) {
                        args = List.of(m.group(1), m.group(2), until.toString());
                        words = m.group(4); // the reviewer's reason, in their words
                    }
                }
                if (args != null && args.size() == 3) {
                    Instant until = instant(args.get(2));
                    out.add(detail("REVIEW_DELAYED", args.get(0) + " (" + args.get(1) + " days, held until " + until + ")",
                            args.get(0), Integer.parseInt(args.get(1)), until));
                }
            }
            case AgreementPersonalData.PARTY_ERASED -> {
                String pseudonym = args != null && !args.isEmpty() ? args.getFirst() : null;
                if (pseudonym == null && words != null) {
                    Matcher m = LEGACY_ERASED.matcher(words);
                    pseudonym = m.matches() ? m.group(1) : null;
                }
                if (pseudonym != null) {
                    out.add(detail("PARTY_ERASED", "A party's personal data was erased on request: their name and address are replaced by \""
                            + pseudonym + "\" in the texts; the recorded fingerprints are those signed.", pseudonym));
                    words = null;
                }
            }
            default -> {
            }
        }
        if (words != null && !words.isBlank()) {
            out.add(new Text(null, words)); // a person's words, or an English line of a row older than the arguments
        }
        return out;
    }

    private static Instant legacyInstant(String text) {
        try {
            return Instant.from(LEGACY_DAY.parse(text));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Text detail(String key, String english, Object... arguments) {
        return new Text("agreement.trail.detail." + key, english, arguments);
    }

    private static Instant instant(String iso) {
        try {
            return Instant.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
