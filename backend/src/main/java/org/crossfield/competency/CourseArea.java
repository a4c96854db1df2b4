package org.crossfield.competency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "course_area")
class CourseArea {

    @Id
    @Column(name = "code", length = 16)
    private String code;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "covers_groups", nullable = false, length = 1000)
    private String coversGroups;

    protected CourseArea() {
    }

    CourseAreaSummary toView() {
        List<String> covers = Arrays.stream(coversGroups.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new CourseAreaSummary(code, title, covers);
    }
}
