package org.crossfield.collaboration.ui;

import org.crossfield.i18n.Dates;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.crossfield.collaboration.ActivityStatus;
import org.crossfield.collaboration.ActivitySummary;
import org.crossfield.collaboration.DisseminationCode;
import org.crossfield.collaboration.SaveActivityCmd;

/**
 * Records or edits a dissemination activity with the codes of dissemination.csv: type, date, audiences, audience size,
 * reach, status and an evidence link. Validates with Binder and hands back a {@link SaveActivityCmd}.
 */
public class ActivityForm extends Composite<VerticalLayout> {

    private final Binder<Bean> binder = new Binder<>();
    private final ComboBox<DisseminationCode> activity = new ComboBox<>("Type of activity");
    private final TextField title = new TextField("Title");
    private final DatePicker occurredOn = Dates.localise(new DatePicker("Date"));
    private final MultiSelectComboBox<DisseminationCode> audiences = new MultiSelectComboBox<>("Audiences");
    private final IntegerField audienceSize = new IntegerField("Audience size (people, if known)");
    private final Select<DisseminationCode> reach = new Select<>();
    private final Select<ActivityStatus> status = new Select<>();
    private final TextField evidence = new TextField("Evidence link (optional)");
    private final Checkbox isPublic = new Checkbox("Show on the public showcase");
    private final List<DisseminationCode> activityCodes;
    private final List<DisseminationCode> audienceCodes;
    private final List<DisseminationCode> reachCodes;
    private final Clock clock;

    public ActivityForm(List<DisseminationCode> activityCodes, List<DisseminationCode> audienceCodes,
                        List<DisseminationCode> reachCodes, Clock clock) {
        this.clock = clock;
        this.activityCodes = activityCodes;
        this.audienceCodes = audienceCodes;
        this.reachCodes = reachCodes;
        activity.setId("activity-type");
        activity.setItems(activityCodes);
        activity.setItemLabelGenerator(DisseminationCode::title);
        title.setId("activity-title");
        title.setMaxLength(300);
        occurredOn.setId("activity-date");
        audiences.setId("activity-audiences");
        audiences.setItems(audienceCodes);
        audiences.setItemLabelGenerator(DisseminationCode::title);
        audienceSize.setId("activity-audience-size");
        audienceSize.setMin(0);
        reach.setId("activity-reach");
        reach.setLabel("Reach");
        reach.setItems(reachCodes);
        reach.setItemLabelGenerator(c -> c == null ? "Not known" : c.title());
        reach.setEmptySelectionAllowed(true);
        reach.setEmptySelectionCaption("Not known");
        status.setId("activity-status");
        status.setLabel("Status");
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(ActivityStatus::label);
        evidence.setId("activity-evidence");
        evidence.setMaxLength(500);
        isPublic.setId("activity-public");
        isPublic.setHelperText("Shown there while the person who recorded it has agreed to the showcase on \"My data\".");

        binder.forField(activity).asRequired("Choose the type of activity").bind(b -> b.activity, (b, v) -> b.activity = v);
        binder.forField(title).asRequired("Give the activity a title").bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(occurredOn).asRequired("Give the date of the activity").bind(b -> b.occurredOn, (b, v) -> b.occurredOn = v);
        binder.forField(audiences).withValidator(s -> s != null && !s.isEmpty(), "Choose at least one audience")
                .bind(b -> b.audiences, (b, v) -> b.audiences = v);
        binder.forField(audienceSize).withValidator(n -> n == null || n >= 0, "The audience size cannot be negative")
                .bind(b -> b.audienceSize, (b, v) -> b.audienceSize = v);
        binder.forField(reach).bind(b -> b.reach, (b, v) -> b.reach = v);
        binder.forField(status).withValidator(java.util.Objects::nonNull, "Choose the status").bind(b -> b.status, (b, v) -> b.status = v);
        binder.forField(evidence).withValidator(u -> u == null || u.isBlank() || u.matches("(?i)https?://\\S+"),
                "A link starts with https:// or http://").bind(b -> b.evidence, (b, v) -> b.evidence = v);
        binder.forField(isPublic).bind(b -> b.isPublic, (b, v) -> b.isPublic = v);

        FormLayout layout = new FormLayout(activity, occurredOn, title, audiences, audienceSize, reach, status, evidence, isPublic);
        layout.setColspan(title, 2);
        layout.setColspan(audiences, 2);
        getContent().setPadding(false);
        getContent().add(layout);
        clear();
    }

    public void clear() {
        Bean b = new Bean();
        b.occurredOn = LocalDate.now(clock);
        b.status = ActivityStatus.DELIVERED;
        binder.setBean(b);
    }

    public void show(ActivitySummary a) {
        Bean b = new Bean();
        b.activity = activityCodes.stream().filter(c -> c.code().equals(a.activityCode())).findFirst().orElse(null);
        b.title = a.title();
        b.occurredOn = a.occurredOn();
        b.audiences = audienceCodes.stream().filter(c -> a.audienceCodes().contains(c.code()))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        b.audienceSize = a.audienceSize();
        b.reach = reachCodes.stream().filter(c -> c.code().equals(a.reachCode())).findFirst().orElse(null);
        b.status = a.status();
        b.evidence = a.evidenceUrl() == null ? "" : a.evidenceUrl();
        b.isPublic = a.isPublic();
        binder.setBean(b);
    }

    public Optional<SaveActivityCmd> validated(long collaborationId) {
        if (!binder.validate().isOk()) {
            return Optional.empty();
        }
        Bean b = binder.getBean();
        return Optional.of(new SaveActivityCmd(collaborationId, b.activity.code(), b.title, b.occurredOn,
                b.audiences.stream().map(DisseminationCode::code).collect(Collectors.toCollection(LinkedHashSet::new)),
                b.audienceSize, b.reach == null ? null : b.reach.code(), b.status, b.evidence, b.isPublic));
    }

    private static final class Bean {
        DisseminationCode activity;
        String title = "";
        LocalDate occurredOn;
        Set<DisseminationCode> audiences = Set.of();
        Integer audienceSize;
        DisseminationCode reach;
        ActivityStatus status;
        String evidence = "";
        boolean isPublic;
    }
}
