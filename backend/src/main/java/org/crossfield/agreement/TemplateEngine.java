package org.crossfield.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crossfield.i18n.Text;

/**
 * A deliberately small placeholder engine for agreement texts: {@code {{name}}} inserts a value,
 * {@code {{#if flag}}…{{else}}…{{/if}}} and {@code {{#unless flag}}…{{/unless}}} keep a section by a flag; sections nest.
 * No expressions, no method calls, nothing an administrator's template could use to reach into the application — and
 * the output is a pure function of the text and the values, so its SHA-256 is stable. Every name must be known:
 * {@link #problems(String)} lists unknown ones before a template is saved.
 */
public final class TemplateEngine {

    /** Values a template may insert. */
    public static final Set<String> VALUES = Set.of("collaborationTitle", "regimeCode", "regimeTitle", "studentName",
            "supervisorName", "academicOrganisation", "partnerOrganisation", "mentorName", "resultsOwner", "sponsorRights",
            "optionPeriodMonths", "licenceTerms", "publicationRegime", "publicationNoticeDays", "publicationMaxDelayDays",
            "confidentialityYears", "thesisEmbargoMonths", "gdprRoles", "legalBasis", "accessModel", "ethicsApprovalReference");

    /** Flags a template may test. */
    public static final Set<String> FLAGS = Set.of("hasMentor", "sponsorOwns", "universityOwns", "optionGranted",
            "hasLicenceTerms", "academicUseReserved", "freePublication", "consentPublication", "examinerNda", "libraryEmbargo",
            "backgroundIpIncluded", "personalData", "dpiaRequired", "hasEthicsApproval", "transferOutsideEea");

    private static final Pattern TAG = Pattern.compile("\\{\\{\\s*(#if|#unless|else|/if|/unless)?\\s*([A-Za-z]*)\\s*}}");

    private TemplateEngine() {
    }

    /** The parties and organisations a text names. */
    public record Names(String collaborationTitle, String regimeCode, String regimeTitle, String studentName,
                        String supervisorName, String academicOrganisation, String partnerOrganisation, String mentorName) {
    }

    /** Renders {@code template} with the terms and names, then normalises line ends and blank lines. */
    public static String render(String template, AgreementTerms terms, Names names) {
        List<Text> problems = refusals(template);
        if (!problems.isEmpty()) {
            throw InvalidAgreementException.of(problems);
        }
        Map<String, String> values = values(terms, names);
        Map<String, Boolean> flags = flags(terms, names);
        StringBuilder out = new StringBuilder();
        new Parser(template, values, flags, out).section(true, null);
        return normalise(out.toString());
    }

    /** What is wrong with a template text (unknown names, unbalanced sections), in English; empty when it can be used. */
    public static List<String> problems(String template) {
        return refusals(template).stream().map(Text::english).toList();
    }

    /**
     * What is wrong with a template text, each with the key of its text in the {@code agreement} bundle
     * ({@code agreement.template-problem.*}); empty when it can be used.
     */
    public static List<Text> refusals(String template) {
        List<Text> problems = new ArrayList<>();
        if (template == null || template.isBlank()) {
            return List.of(new Text("agreement.template-problem.empty", "The template text is empty."));
        }
        Set<String> unknown = new TreeSet<>();
        int depth = 0;
        Matcher m = TAG.matcher(template);
        while (m.find()) {
            String kind = m.group(1);
            String name = m.group(2);
            if (kind == null) {
                if (!VALUES.contains(name)) {
                    unknown.add(name);
                }
            } else if (kind.equals("#if") || kind.equals("#unless")) {
                depth++;
                if (!FLAGS.contains(name)) {
                    unknown.add(name);
                }
            } else if (kind.startsWith("/")) {
                depth--;
                if (depth < 0) {
                    problems.add(new Text("agreement.template-problem.never-opened", "A {{" + kind + "}} closes a section that was never opened.",
                            "{{" + kind + "}}"));
                    depth = 0;
                }
            } else if (depth == 0) {
                problems.add(new Text("agreement.template-problem.stray-else", "An {{else}} stands outside any {{#if}} section."));
            }
        }
        if (depth > 0) {
            problems.add(new Text("agreement.template-problem.never-closed", "A {{#if}} or {{#unless}} section is never closed."));
        }
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            String values = String.join(", ", new TreeSet<>(VALUES));
            String flags = String.join(", ", new TreeSet<>(FLAGS));
            problems.add(new Text("agreement.template-problem.unknown", "Unknown placeholders: " + names + ". Values: " + values
                    + ". Flags: " + flags + ".", names, values, flags));
        }
        if (template.contains("{{") && !TAG.matcher(template).find()) {
            problems.add(new Text("agreement.template-problem.malformed", "A placeholder is malformed: write {{name}}."));
        }
        return problems;
    }

    /** LF line ends, no trailing spaces, at most one blank line in a row, exactly one final newline. */
    static String normalise(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        StringBuilder out = new StringBuilder();
        boolean blank = true;
        for (String line : lines) {
            String l = line.stripTrailing();
            if (l.isEmpty()) {
                if (!blank) {
                    out.append('\n');
                }
                blank = true;
            } else {
                out.append(l).append('\n');
                blank = false;
            }
        }
        String s = out.toString();
        while (s.endsWith("\n\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static Map<String, String> values(AgreementTerms t, Names n) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("collaborationTitle", n.collaborationTitle());
        v.put("regimeCode", n.regimeCode());
        v.put("regimeTitle", n.regimeTitle());
        v.put("studentName", n.studentName());
        v.put("supervisorName", n.supervisorName());
        v.put("academicOrganisation", n.academicOrganisation());
        v.put("partnerOrganisation", n.partnerOrganisation());
        v.put("mentorName", n.mentorName());
        v.put("resultsOwner", t.resultsOwner().phrase());
        v.put("sponsorRights", t.sponsorRights().phrase());
        v.put("optionPeriodMonths", t.optionPeriodMonths() == null ? "" : String.valueOf(t.optionPeriodMonths()));
        v.put("licenceTerms", t.licenceTerms());
        v.put("publicationRegime", t.publicationRegime().phrase());
        v.put("publicationNoticeDays", String.valueOf(t.publicationNoticeDays()));
        v.put("publicationMaxDelayDays", t.publicationMaxDelayDays() == null ? "" : String.valueOf(t.publicationMaxDelayDays()));
        v.put("confidentialityYears", String.valueOf(t.confidentialityYears()));
        v.put("thesisEmbargoMonths", String.valueOf(t.thesisEmbargoMonths()));
        v.put("gdprRoles", t.gdprRoles().phrase());
        v.put("legalBasis", t.legalBasis());
        v.put("accessModel", t.accessModel().phrase());
        v.put("ethicsApprovalReference", t.ethicsApprovalReference());
        return v;
    }

    static Map<String, Boolean> flags(AgreementTerms t, Names n) {
        Map<String, Boolean> f = new LinkedHashMap<>();
        f.put("hasMentor", n.mentorName() != null && !n.mentorName().isBlank());
        f.put("sponsorOwns", t.resultsOwner() == ResultsOwner.SPONSOR);
        f.put("universityOwns", t.resultsOwner() == ResultsOwner.UNIVERSITY);
        f.put("optionGranted", t.sponsorRights().isOption());
        f.put("hasLicenceTerms", t.licenceTerms() != null && !t.licenceTerms().isBlank());
        f.put("academicUseReserved", t.academicUseReserved());
        f.put("freePublication", t.publicationRegime() == PublicationRegime.FREE_WITH_REVIEW);
        f.put("consentPublication", t.publicationRegime() == PublicationRegime.SPONSOR_CONSENT_REQUIRED);
        f.put("examinerNda", t.thesisExaminerNda());
        f.put("libraryEmbargo", t.thesisEmbargoMonths() > 0);
        f.put("backgroundIpIncluded", t.backgroundIpIncluded());
        f.put("personalData", t.gdprRoles().personalData());
        f.put("dpiaRequired", t.dpiaRequired());
        f.put("hasEthicsApproval", t.ethicsApprovalReference() != null && !t.ethicsApprovalReference().isBlank());
        f.put("transferOutsideEea", t.transferOutsideEea());
        return f;
    }

    /** Recursive descent over the tags: {@code section} copies (or skips) text until its closing tag. */
    private static final class Parser {
        private final String text;
        private final Map<String, String> values;
        private final Map<String, Boolean> flags;
        private final StringBuilder out;
        private final Matcher m;
        private int pos;

        Parser(String text, Map<String, String> values, Map<String, Boolean> flags, StringBuilder out) {
            this.text = text;
            this.values = values;
            this.flags = flags;
            this.out = out;
            this.m = TAG.matcher(text);
        }

        /** Emits while {@code on}; returns at the closing tag (or {@code else}) of the section, or at the end. */
        String section(boolean on, String closing) {
            while (m.find(pos)) {
                if (on) {
                    out.append(text, pos, m.start());
                }
                pos = m.end();
                String kind = m.group(1);
                String name = m.group(2);
                if (kind == null) {
                    if (on) {
                        String v = values.get(name);
                        out.append(v == null ? "" : v);
                    }
                } else if (kind.equals("#if") || kind.equals("#unless")) {
                    boolean flag = Boolean.TRUE.equals(flags.get(name));
                    boolean keep = kind.equals("#if") == flag;
                    String end = section(on && keep, kind.equals("#if") ? "/if" : "/unless");
                    if (end.equals("else")) {
                        section(on && !keep, kind.equals("#if") ? "/if" : "/unless");
                    }
                } else if (kind.equals("else") || kind.equals(closing)) {
                    return kind;
                } else {
                    return kind;
                }
            }
            if (on) {
                out.append(text, pos, text.length());
            }
            pos = text.length();
            return "end";
        }
    }
}
