package org.crossfield.identity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The frame of the pages people see before they are logged in: the brand, centred content. */
abstract class AnonymousPage extends VerticalLayout {

    AnonymousPage() {
        addClassName("cf-login-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.START);
        getStyle().set("padding-top", "8vh");
        H1 brand = new H1("Crossfield");
        brand.addClassName("cf-brand");
        add(brand);
    }
}
