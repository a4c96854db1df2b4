package org.crossfield.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.crossfield.audit.AuditLog;
import org.crossfield.identity.PersonalAccounts;
import org.crossfield.platform.audit.AuditActions;
import org.crossfield.platform.audit.AuditEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * "My data" (GDPR articles 15 and 20): everything Crossfield holds about a person as one ZIP — a JSON document per kind
 * of data (the account and roles from identity, each feature's part through its {@link PersonalDataHolder}, the
 * consents from this module, the audit entries about them from the audit module), the person's own uploaded files under {@code files/}, and {@code README.txt}, a short
 * summary for people. Only the person themself may export their data.
 */
@Service
@Transactional(readOnly = true)
public class PersonalDataService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataService.class);
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final PersonalAccounts accounts;
    private final List<PersonalDataHolder> holders;
    private final ConsentService consents;
    private final ErasureRequests erasures;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PersonalDataService(PersonalAccounts accounts, List<PersonalDataHolder> holders, ConsentService consents,
                        ErasureRequests erasures, AuditLog audit, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
        this.holders = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::kind)).toList();
        this.consents = consents;
        this.erasures = erasures;
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    /** The kinds of data the export holds, in order (account, roles, the features' kinds, consents). */
    @PreAuthorize("isAuthenticated()")
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("account", "roles"));
        holders.forEach(h -> kinds.add(h.kind()));
        kinds.add("consents");
        kinds.add("audit");
        return kinds;
    }

    /** Told how far an export has come: {@code done} of {@code total} kinds of data. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /** The ZIP of everything held about {@code personId}, who must be the person logged in. */
    @PreAuthorize("@access.isSelf(#personId)")
    public PersonalDataExport export(long personId) {
        return build(personId, (done, total) -> { });
    }

    /**
     * The same, telling {@code progress} after each kind of data: for an export prepared in the background (a person
     * with many applications, outcomes or files), whose screen shows how far it has come.
     */
    @PreAuthorize("@access.isSelf(#personId)")
    public PersonalDataExport export(long personId, Progress progress) {
        return build(personId, progress);
    }

    private PersonalDataExport build(long personId, Progress progress) {
        Instant now = clock.instant();
        int total = holders.size() + 3;
        int done = 0;
        PersonalAccounts.AccountExport account = accounts.export(personId);
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("account", account);
        documents.put("roles", Map.of("roles", account.roles(), "organisation", account.organisation() == null ? "" : account.organisation()));
        progress.update(++done, total);
        List<PersonalDataHolder.ExportedFile> files = new ArrayList<>();
        for (PersonalDataHolder holder : holders) {
            documents.put(holder.kind(), holder.export(personId));
            files.addAll(holder.files(personId));
            progress.update(++done, total);
        }
        Map<String, Object> consentDocument = new LinkedHashMap<>();
        consentDocument.put("current", consents.choicesOf(personId));
        consentDocument.put("history", consents.consentsOf(personId));
        consentDocument.put("erasureRequests", erasures.of(personId));
        documents.put("consents", consentDocument);
        documents.put("audit", audit.entriesAbout(personId));
        progress.update(++done, total);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<String> summary = new ArrayList<>();
            for (var document : documents.entrySet()) {
                byte[] json = JSON.writeValueAsBytes(document.getValue());
                put(zip, document.getKey() + ".json", json);
                summary.add(String.format("%-16s %s.json — %s", document.getKey(), document.getKey(), describe(JSON.readTree(json))));
            }
            Set<String> names = new HashSet<>();
            for (PersonalDataHolder.ExportedFile file : files) {
                String path = unique(names, "files/" + safe(file.path()));
                put(zip, path, file.content());
            }
            put(zip, "README.txt", readme(account, now, summary, files.size()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.update(total, total);
        events.publishEvent(AuditEvent.of(AuditActions.PERSONAL_DATA_EXPORTED, "PERSON", personId).about(personId));
        log.info("Person {} exported their data ({} bytes)", personId, bytes.size());
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(ZoneOffset.UTC).format(now);
        return new PersonalDataExport("crossfield-my-data-" + stamp + ".zip", bytes.toByteArray(), now);
    }

    private static String readme(PersonalAccounts.AccountExport account, Instant now, List<String> summary, int fileCount) {
        StringBuilder text = new StringBuilder();
        text.append("Your data in Crossfield\n=======================\n\n");
        text.append("Prepared ").append(DateTimeFormatter.ISO_INSTANT.format(now)).append(" for account ").append(account.email())
                .append(".\n\n");
        text.append("Each file below is a JSON document (machine-readable, GDPR article 20) with one kind of data that\n")
                .append("Crossfield holds about you. Your uploaded files are in the folder files/ (").append(fileCount)
                .append(" files).\n\n");
        summary.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\nWhy Crossfield keeps each kind of data, on which legal basis and for how long: see the privacy notice\n")
                .append("(and the operator's record of processing). You can ask for erasure on the \"My data\" page.\n");
        return text.toString();
    }

    /** "3 entries" for an array; for an object, its lists with their sizes ("applications: 2, answers: 4"). */
    static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "nothing";
        }
        if (node.isArray()) {
            return node.size() + (node.size() == 1 ? " entry" : " entries");
        }
        List<String> parts = new ArrayList<>();
        for (var field : node.properties()) {
            if (field.getValue().isArray()) {
                parts.add(field.getKey() + ": " + field.getValue().size());
            }
        }
        return parts.isEmpty() ? "1 record" : String.join(", ", parts);
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /** A path inside the ZIP without directory climbing or odd characters. */
    static String safe(String path) {
        String cleaned = path.replace('\\', '/').replaceAll("\\.\\.+", ".").replaceAll("[^\\p{L}\\p{N}._/ -]", "_")
                .replaceAll("^/+", "");
        return cleaned.isBlank() ? "file" : cleaned;
    }

    private static String unique(Set<String> names, String path) {
        String candidate = path;
        int n = 2;
        while (!names.add(candidate)) {
            int dot = path.lastIndexOf('.');
            candidate = dot > path.lastIndexOf('/') ? path.substring(0, dot) + "-" + n + path.substring(dot) : path + "-" + n;
            n++;
        }
        return candidate;
    }
}
