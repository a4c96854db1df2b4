package org.crossfield.matching.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list the person reorders: type a row's new rank, drag it to its place, or step it with the arrows
 * (keyboard-friendly).
 */
class RankingEditor<T> extends Composite<Grid<T>> {

    private final List<T> items = new ArrayList<>();
    private final boolean removable;
    private T dragged;

    RankingEditor(String id, String labelHeader, SerializableFunction<T, String> label, String detailHeader,
                  SerializableFunction<T, String> detail, boolean removable) {
        this.removable = removable;
        Grid<T> grid = getContent();
        grid.setId(id);
        // a position field moves a row straight to its place; drag and drop works too; the arrows stay for one step
        grid.addComponentColumn(item -> {
            IntegerField position = new IntegerField();
            int rank = items.indexOf(item) + 1;
            position.setValue(rank);
            position.setMin(1);
            position.setMax(items.size());
            position.setWidth("4.5rem");
            position.setAriaLabel(getTranslation("matching.ranking-editor.rank"));
            position.setId(id + "-position-" + rank);
            position.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    moveTo(item, e.getValue() - 1);
                }
            });
            return position;
        }).setHeader(getTranslation("matching.ranking-editor.rank")).setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(label::apply).setHeader(labelHeader).setFlexGrow(3).setTooltipGenerator(label::apply);
        grid.addColumn(detail::apply).setHeader(detailHeader).setFlexGrow(2).setTooltipGenerator(detail::apply);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setWidth("10rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                int to = items.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                moveTo(dragged, items.indexOf(dragged) < to ? to - 1 : to);
            }
        }));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    private HorizontalLayout buttons(T item) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(item, -1));
        up.setAriaLabel(getTranslation("matching.ranking-editor.up"));
        up.setEnabled(items.indexOf(item) > 0);
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(item, 1));
        down.setAriaLabel(getTranslation("matching.ranking-editor.down"));
        down.setEnabled(items.indexOf(item) < items.size() - 1);
        HorizontalLayout buttons = new HorizontalLayout(up, down);
        if (removable) {
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                items.remove(item);
                refresh();
            });
            remove.setAriaLabel(getTranslation("matching.ranking-editor.remove"));
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

    /** Moves an item to a position (0-based), clamped to the list. */
    void moveTo(T item, int position) {
        int from = items.indexOf(item);
        if (from < 0) {
            return;
        }
        items.remove(from);
        items.add(Math.max(0, Math.min(position, items.size())), item);
        refresh();
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
