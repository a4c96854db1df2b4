package org.crossfield.matching.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;

/** An ordered list the person reorders with up and down buttons (keyboard-friendly, no drag and drop needed). */
class RankingEditor<T> extends Composite<Grid<T>> {

    private final List<T> items = new ArrayList<>();
    private final boolean removable;

    RankingEditor(String id, String labelHeader, SerializableFunction<T, String> label, String detailHeader,
                  SerializableFunction<T, String> detail, boolean removable) {
        this.removable = removable;
        Grid<T> grid = getContent();
        grid.setId(id);
        grid.addColumn(item -> items.indexOf(item) + 1).setHeader("Rank").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(label::apply).setHeader(labelHeader).setFlexGrow(3).setTooltipGenerator(label::apply);
        grid.addColumn(detail::apply).setHeader(detailHeader).setFlexGrow(2).setTooltipGenerator(detail::apply);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private HorizontalLayout buttons(T item) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(item, -1));
        up.setAriaLabel("Move up");
        up.setEnabled(items.indexOf(item) > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(item, 1));
        down.setAriaLabel("Move down");
        down.setEnabled(items.indexOf(item) < items.size() - 1);
        HorizontalLayout buttons = new HorizontalLayout(up, down);
        if (removable) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                items.remove(item);
                refresh();
            });
            remove.setAriaLabel("Remove");
            buttons.add(remove);
        }
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        return buttons;
    }

    private void move(T item, int delta) {
        int from = items.indexOf(item);
        int to = from + delta;
        if (to >= 0 && to < items.size()) {
            items.remove(from);
            items.add(to, item);
            refresh();
        }
    }

    void setItems(List<T> ranked) {
        items.clear();
        items.addAll(ranked);
        refresh();
    }

    void add(T item) {
        if (!items.contains(item)) {
            items.add(item);
            refresh();
        }
    }

    List<T> items() {
        return List.copyOf(items);
    }

    private void refresh() {
        getContent().setItems(new ArrayList<>(items));
    }
}
