package org.crossfield.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.crossfield.i18n.Messages;
import org.crossfield.identity.CrossfieldUser;
import org.crossfield.identity.CsvInvitations;
import org.crossfield.identity.InvalidAccountException;
import org.crossfield.identity.InvitationService;
import org.crossfield.identity.InviteCmd;
import org.crossfield.identity.OrganisationAdminService;
import org.crossfield.identity.OrganisationBrief;
import org.crossfield.identity.PersonSummary;
import org.crossfield.identity.ProgrammeAdminService;
import org.crossfield.identity.ProgrammeBrief;
import org.crossfield.identity.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Invite one person, or many from a CSV file. Administrators invite anyone; coordinators invite students, supervisors,
 * mentors and partners into the organisations of their programmes (the form offers nothing else, and the service refuses
 * it anyway). Every invitation is confirmed first: it sends mail. A CSV file is checked in full before anything happens.
 */
@Route("people/invite")
@Menu(order = 84, icon = "vaadin:envelope-open-o", title = "Invite people")
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
public class InvitePeopleView extends VerticalLayout implements HasDynamicTitle {

    private final InvitationService invitations;
    private final InviteForm form;
    private final Div problems = AdminUi.problemsBox("invite-problems");
    private final Paragraph csvSummary = new Paragraph();
    private final Grid<CsvInvitations.Problem> csvProblems = new Grid<>();
    private final Grid<CsvInvitations.Row> csvRows = new Grid<>();
    private final Button csvSend = new Button();
    private Upload upload;
    private byte[] csv;
    private int csvPeople;

    public InvitePeopleView(AuthenticationContext authentication, InvitationService invitations,
                            OrganisationAdminService organisations, ProgrammeAdminService programmes) {
        this.invitations = invitations;
        setId("invite-people");
        setWidthFull();
        setMaxWidth("64rem");
        boolean admin = authentication.getAuthenticatedUser(CrossfieldUser.class).map(u -> u.hasRole(Roles.ADMIN)).orElse(false);
        List<OrganisationBrief> choosable = organisations.choosable();
        List<String> roles = admin ? Roles.ALL
                : Roles.ALL.stream().filter(InvitationService.COORDINATOR_MAY_INVITE::contains).toList();
        form = new InviteForm(choosable, roles, admin ? query -> programmes.find(query.getFilter().orElse(""),
                        PageRequest.of(query.getPage(), query.getPageSize())).stream()
                .map(p -> new ProgrammeBrief(p.id(), p.code(), p.name())) : null, !admin);

        Paragraph intro = new Paragraph(getTranslation(admin ? "identity.invite.intro-admin" : "identity.invite.intro-coordinator"));
        intro.addClassName("cf-muted");
        Button send = new Button(getTranslation("identity.invite.send-button"), VaadinIcon.PAPERPLANE_O.create(), e -> confirmOne());
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(intro, new H3(getTranslation("identity.invite.one-heading")), problems, form, send);
        csvSection(choosable, roles).forEach(this::add);
    }

    private void confirmOne() {
        InviteCmd cmd = form.validated().orElse(null);
        if (cmd == null) {
            return;
        }
        AdminUi.confirm("invite", getTranslation("identity.invite.question"), getTranslation("identity.invite.text", cmd.email(),
                cmd.displayName(), form.describe()), getTranslation("identity.invite.send"), false, () -> {
                    try {
                        PersonSummary invited = invitations.invite(cmd);
                        AdminUi.clearProblems(problems);
                        form.clear();
                        AdminUi.success(getTranslation("identity.invite.sent", invited.email()));
                    } catch (InvalidAccountException e) {
                        AdminUi.showProblems(problems, getTranslation("identity.invite.not-sent-yet"), AdminUi.problems(e));
                    } catch (AccessDeniedException e) {
                        AdminUi.showProblems(problems, getTranslation("identity.invite.not-sent"),
                                List.of(getTranslation("identity.invite.coordinator-may")));
                    }
                });
    }

    private List<com.vaadin.flow.component.Component> csvSection(List<OrganisationBrief> choosable, List<String> roles) {
        Paragraph help = new Paragraph(getTranslation("identity.invite.csv.help"));
        help.addClassName("cf-muted");
        String example = example(choosable, roles);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = example.getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "invitations-example.csv", "text/csv", bytes.length);
        }), getTranslation("identity.invite.csv.example"));
        download.setId("invite-csv-example");
        download.getElement().setAttribute("download", true);

        UI ui = UI.getCurrent();
        // the file leaves the widget once checked, so a corrected file is always taken (never "Too Many Files."); the
        // server enforces the size before it keeps the bytes
        upload = new Upload(LimitedUploads.inMemory(InvitationService.MAX_CSV_BYTES, (fileName, bytes) -> ui.access(() -> {
            try {
                preview(bytes);
            } finally {
                upload.clearFileList();
            }
        }), () -> ui.access(() -> {
            upload.clearFileList();
            showCsvProblems(List.of(new CsvInvitations.Problem(0, ui.getTranslation("identity.invite.csv.not-accepted"))));
        })));
        upload.setId("invite-csv-upload");
        upload.setI18n(uploadTexts());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(InvitationService.MAX_CSV_BYTES);
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            showCsvProblems(List.of(new CsvInvitations.Problem(0, getTranslation("identity.invite.csv.not-accepted-choose"))));
        });

        csvSummary.setId("invite-csv-summary");
        csvSummary.setVisible(false);
        csvProblems.setId("invite-csv-problems");
        csvProblems.addColumn(p -> p.line() == 0 ? getTranslation("identity.invite.csv.file") : String.valueOf(p.line()))
                .setHeader(getTranslation("identity.invite.csv.line")).setAutoWidth(true).setFlexGrow(0);
        // the reason in the screen's language; one without a key (older or already translated here) as it is
        csvProblems.addColumn(p -> Optional.ofNullable(Messages.text(p)).orElse(p.reason()))
                .setHeader(getTranslation("identity.invite.csv.problem")).setFlexGrow(1);
        csvProblems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        csvProblems.setVisible(false);
        csvRows.setId("invite-csv-rows");
        csvRows.addColumn(CsvInvitations.Row::line).setHeader(getTranslation("identity.invite.csv.line")).setAutoWidth(true)
                .setFlexGrow(0);
        csvRows.addColumn(CsvInvitations.Row::email).setHeader(getTranslation("identity.people.email")).setFlexGrow(2);
        csvRows.addColumn(CsvInvitations.Row::displayName).setHeader(getTranslation("identity.people.name")).setFlexGrow(2);
        csvRows.addColumn(r -> r.organisationName() == null ? "" : r.organisationName())
                .setHeader(getTranslation("identity.people.organisation")).setFlexGrow(2);
        csvRows.addColumn(r -> AdminUi.roles(r.roles())).setHeader(getTranslation("identity.people.roles")).setFlexGrow(1);
        csvRows.addColumn(r -> AdminUi.language(r.language())).setHeader(getTranslation("identity.invite.language-column"))
                .setAutoWidth(true).setFlexGrow(0);
        csvRows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        csvRows.setHeight("18rem");
        csvRows.setVisible(false);
        csvSend.setId("invite-csv-send");
        csvSend.setIcon(VaadinIcon.PAPERPLANE_O.create());
        csvSend.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        csvSend.setVisible(false);
        csvSend.addClickListener(e -> confirmCsv());
        return List.of(new H3(getTranslation("identity.invite.csv.heading")), help, download, upload, csvSummary, csvProblems, csvRows,
                csvSend);
    }

    /** Checks the uploaded file on the server (its size too) and shows every row and every bad line. */
    void preview(byte[] bytes) {
        csv = null;
        csvSend.setVisible(false);
        if (bytes.length > InvitationService.MAX_CSV_BYTES) {
            showCsvProblems(List.of(new CsvInvitations.Problem(0, getTranslation("identity.invite.csv.too-large"))));
            return;
        }
        CsvInvitations checked = invitations.preview(bytes);
        csvRows.setItems(checked.rows());
        csvRows.setVisible(!checked.rows().isEmpty());
        if (!checked.problems().isEmpty()) {
            showCsvProblems(checked.problems());
            return;
        }
        if (checked.rows().isEmpty()) {
            showCsvProblems(List.of(new CsvInvitations.Problem(0, getTranslation("identity.invite.csv.empty"))));
            return;
        }
        csvProblems.setVisible(false);
        csv = bytes;
        csvPeople = checked.rows().size();
        csvSummary.setText(getTranslation("identity.invite.csv.all-right", csvPeople));
        csvSummary.removeClassName("cf-errors");
        csvSummary.setVisible(true);
        csvSend.setText(getTranslation("identity.invite.csv.send-button", csvPeople));
        csvSend.setVisible(true);
    }

    private void showCsvProblems(List<CsvInvitations.Problem> found) {
        long lines = found.stream().map(CsvInvitations.Problem::line).distinct().count();
        csvSummary.setText(found.size() == 1 && found.getFirst().line() == 0 ? getTranslation("identity.invite.csv.unusable")
                : getTranslation("identity.invite.csv.lines-have-problems", lines));
        csvSummary.addClassName("cf-errors");
        csvSummary.setVisible(true);
        csvProblems.setItems(found);
        // a short list in full; a long one scrolls, with the first lines in view
        csvProblems.setAllRowsVisible(found.size() <= 10);
        csvProblems.setHeight(found.size() <= 10 ? null : "20rem");
        csvProblems.setVisible(true);
        csvSend.setVisible(false);
    }

    private void confirmCsv() {
        byte[] file = csv;
        if (file == null) {
            return;
        }
        AdminUi.confirm("invite-csv", getTranslation("identity.invite.csv.question", csvPeople),
                getTranslation("identity.invite.csv.text", csvPeople), getTranslation("identity.invite.csv.send", csvPeople), false, () -> {
                    try {
                        List<PersonSummary> invited = invitations.inviteAll(file);
                        AdminUi.success(getTranslation("identity.invite.csv.sent", invited.size()));
                        resetCsv();
                    } catch (InvalidAccountException e) {
                        // something changed since the preview (e.g. an address got an account): show it as a preview does
                        showCsvProblems(AdminUi.problems(e).stream().map(p -> new CsvInvitations.Problem(0, p)).toList());
                    }
                });
    }

    private void resetCsv() {
        csv = null;
        upload.clearFileList();
        csvSummary.setVisible(false);
        csvProblems.setVisible(false);
        csvRows.setVisible(false);
        csvSend.setVisible(false);
    }

    /** The upload widget's own words in the screen's language (the same as platform.ui.Uploads gives other screens). */
    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("identity.upload.add-file"))
                        .setMany(getTranslation("identity.upload.add-file")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("identity.upload.drop-file"))
                        .setMany(getTranslation("identity.upload.drop-file")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("identity.upload.too-many"))
                        .setFileIsTooBig(getTranslation("identity.upload.too-big"))
                        .setIncorrectFileType(getTranslation("identity.upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("identity.upload.retry"))
                        .setStart(getTranslation("identity.upload.start"))
                        .setRemove(getTranslation("identity.upload.remove")));
    }

    /** An example file the inviter could upload as it is, with an organisation and roles they may use. */
    static String example(List<OrganisationBrief> choosable, List<String> roles) {
        String organisation = choosable.isEmpty() ? "" : choosable.getFirst().name();
        String quoted = organisation.contains(",") || organisation.contains("\"")
                ? "\"" + organisation.replace("\"", "\"\"") + "\"" : organisation;
        String first = roles.contains(Roles.STUDENT) ? "student" : roles.getFirst().toLowerCase(java.util.Locale.ROOT);
        String second = roles.contains(Roles.SUPERVISOR) ? "supervisor;mentor"
                : roles.stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(";"));
        return "email,name,organisation,roles,language\n"
                + "ana.silva@example.org,Ana Silva," + quoted + "," + first + ",en\n"
                + "jan.devries@example.org,Jan de Vries," + quoted + "," + second + ",nl\n";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.people.invite");
    }
}
