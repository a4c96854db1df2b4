package org.crossfield.matching.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An instance of the student–project allocation problem with supervisor preferences over students (SPA-S). The
 * constructor rejects duplicate ids, unknown ids in preferences, rankings and supervisor references, and repeats
 * within a preference list or ranking, with {@link InvalidInstanceException}.
 */
public record StableProblem(List<Student> students, List<SupervisedProject> projects, List<Supervisor> supervisors) {

    public StableProblem {
        students = List.copyOf(students);
        projects = List.copyOf(projects);
        supervisors = List.copyOf(supervisors);
        Set<String> studentIds = HashSet.newHashSet(students.size());
        for (Student s : students) {
            if (!studentIds.add(s.id())) {
                throw new InvalidInstanceException("duplicate student id '" + s.id() + "'");
            }
        }
        Map<String, Supervisor> supervisorById = HashMap.newHashMap(supervisors.size());
        for (Supervisor l : supervisors) {
            if (supervisorById.putIfAbsent(l.id(), l) != null) {
                throw new InvalidInstanceException("duplicate supervisor id '" + l.id() + "'");
            }
        }
        Set<String> projectIds = HashSet.newHashSet(projects.size());
        for (SupervisedProject p : projects) {
            if (!projectIds.add(p.id())) {
                throw new InvalidInstanceException("duplicate project id '" + p.id() + "'");
            }
            if (!supervisorById.containsKey(p.supervisor())) {
                throw new InvalidInstanceException("project '" + p.id() + "' refers to unknown supervisor '"
                        + p.supervisor() + "'");
            }
        }
        for (Student s : students) {
            Set<String> seen = new HashSet<>();
            for (String p : s.preferences()) {
                if (!projectIds.contains(p)) {
                    throw new InvalidInstanceException("student '" + s.id() + "' prefers unknown project '" + p + "'");
                }
                if (!seen.add(p)) {
                    throw new InvalidInstanceException("student '" + s.id() + "' lists project '" + p + "' twice");
                }
            }
        }
        for (Supervisor l : supervisors) {
            Set<String> seen = new HashSet<>();
            for (String s : l.ranking()) {
                if (!studentIds.contains(s)) {
                    throw new InvalidInstanceException("supervisor '" + l.id() + "' ranks unknown student '" + s + "'");
                }
                if (!seen.add(s)) {
                    throw new InvalidInstanceException("supervisor '" + l.id() + "' ranks student '" + s + "' twice");
                }
            }
        }
    }
}
