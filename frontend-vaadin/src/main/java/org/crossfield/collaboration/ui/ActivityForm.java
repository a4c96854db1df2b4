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
    private final ComboBox<DisseminationCode> activity = new ComboBox<>();
    private final TextField title = new TextField();
    private final DatePicker occurredOn = Dates.localise(new DatePicker());
    private final MultiSelectComboBox<DisseminationCode> audiences = new MultiSelectComboBox<>();
    private final IntegerField audienceSize = new IntegerField();
    private final Select<DisseminationCode> reach = new Select<>();
    private final Select<ActivityStatus> status = new Select<>();
    private final TextField evidence = new TextField();
    private final Checkbox isPublic = new Checkbox();
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
        activity.setLabel(getTranslation("collaboration.activity.type"));
        title.setLabel(getTranslation("collaboration.activity.title"));
        occurredOn.setLabel(getTranslation("collaboration.activity.date"));
        audiences.setLabel(getTranslation("collaboration.activity.audiences"));
        audienceSize.setLabel(getTranslation("collaboration.activity.audience-size"));
        evidence.setLabel(getTranslation("collaboration.activity.evidence"));
        isPublic.setLabel(getTranslation("collaboration.outcome.public"));
        activity.setId("activity-type");
        activity.setItems(activityCodes);
        activity.setItemLabelGenerator(CollaborationTexts::dissemination);
        title.setId("activity-title");
        title.setMaxLength(300);
        occurredOn.setId("activity-date");
        audiences.setId("activity-audiences");
        audiences.setItems(audienceCodes);
        audiences.setItemLabelGenerator(CollaborationTexts::dissemination);
        audienceSize.setId("activity-audience-size");
        audienceSize.setMin(0);
        reach.setId("activity-reach");
        reach.setLabel(getTranslation("collaboration.activity.reach"));
        reach.setItems(reachCodes);
        reach.setItemLabelGenerator(c -> c == null ? getTranslation("collaboration.activity.not-known") : CollaborationTexts.dissemination(c));
        reach.setEmptySelectionAllowed(true);
        reach.setEmptySelectionCaption(getTranslation("collaboration.activity.not-known"));
        status.setId("activity-status");
        status.setLabel(getTranslation("collaboration.activity.status"));
        status.setItems(ActivityStatus.values());
        status.setItemLabelGenerator(CollaborationTexts::activityStatus);
        evidence.setId("activity-evidence");
        evidence.setMaxLength(500);
        isPublic.setId("activity-public");
        isPublic.setHelperText(getTranslation("collaboration.outcome.public-help"));

        binder.forField(activity).asRequired(getTranslation("collaboration.activity.type-required")).bind(b -> b.activity, (b, v) -> b.activity = v);
        binder.forField(title).asRequired(getTranslation("collaboration.activity.title-required")).bind(b -> b.title, (b, v) -> b.title = v);
        binder.forField(occurredOn).asRequired(getTranslation("collaboration.activity.date-required")).bind(b -> b.occurredOn, (b, v) -> b.occurredOn = v);
        binder.forField(audiences).withValidator(s -> s != null && !s.isEmpty(), getTranslation("collaboration.activity.audience-required"))
                .bind(b -> b.audiences, (b, v) -> b.audiences = v);
        binder.forField(audienceSize).withValidator(n -> n == null || n >= 0, getTranslation("collaboration.activity.size-negative"))
                .bind(b -> b.audienceSize, (b, v) -> b.audienceSize = v);
        binder.forField(reach).bind(b -> b.reach, (b, v) -> b.reach = v);
        binder.forField(status).withValidator(java.util.Objects::nonNull, getTranslation("collaboration.activity.status-required")).bind(b -> b.status, (b, v) -> b.status = v);
        binder.forField(evidence).withValidator(u -> u == null || u.isBlank() || u.matches("(?i)https?://\\S+"),
                getTranslation("collaboration.outcome.url-invalid")).bind(b -> b.evidence, (b, v) -> b.evidence = v);
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
