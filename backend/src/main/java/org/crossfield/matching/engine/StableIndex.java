package org.crossfield.matching.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link StableProblem} with ids replaced by positions, shared by the three allocation methods, and the way back
 * from positions to a {@link StableResult} (with its profile).
 *
 * @param prefs    per student, project positions in order of preference
 * @param projSup  per project, its supervisor position
 * @param projCap  per project, capacity
 * @param supCap   per supervisor, capacity
 * @param rankings per supervisor, student positions best first
 */
record StableIndex(int[][] prefs, int[] projSup, int[] projCap, int[] supCap, int[][] rankings) {

    static StableIndex of(StableProblem problem) {
        List<Student> students = problem.students();
        List<SupervisedProject> projects = problem.projects();
        List<Supervisor> supervisors = problem.supervisors();
        Map<String, Integer> studentPos = positions(students.stream().map(Student::id).toList());
        Map<String, Integer> projectPos = positions(projects.stream().map(SupervisedProject::id).toList());
        Map<String, Integer> supervisorPos = positions(supervisors.stream().map(Supervisor::id).toList());
        int[] supCap = new int[supervisors.size()];
        int[][] rankings = new int[supervisors.size()][];
        for (int l = 0; l < supervisors.size(); l++) {
            supCap[l] = supervisors.get(l).capacity();
            rankings[l] = supervisors.get(l).ranking().stream().mapToInt(studentPos::get).toArray();
        }
        int[] projSup = new int[projects.size()];
        int[] projCap = new int[projects.size()];
        for (int p = 0; p < projects.size(); p++) {
            projSup[p] = supervisorPos.get(projects.get(p).supervisor());
            projCap[p] = projects.get(p).capacity();
        }
        int[][] prefs = new int[students.size()][];
        for (int s = 0; s < students.size(); s++) {
            prefs[s] = students.get(s).preferences().stream().mapToInt(projectPos::get).toArray();
        }
        return new StableIndex(prefs, projSup, projCap, supCap, rankings);
    }

    private static Map<String, Integer> positions(List<String> ids) {
        Map<String, Integer> pos = HashMap.newHashMap(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            pos.put(ids.get(i), i);
        }
        return pos;
    }

    /** The length of the longest preference list: the length of every profile of this instance. */
    int longestList() {
        int r = 0;
        for (int[] p : prefs) {
            r = Math.max(r, p.length);
        }
        return r;
    }

    /** Builds the result from the project position of each student (-1: unassigned). */
    StableResult result(StableProblem problem, int[] assigned) {
        List<Student> students = problem.students();
        List<SupervisedProject> projects = problem.projects();
        List<StudentAssignment> out = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        int[] count = new int[projects.size()];
        int[] profile = new int[longestList()];
        for (int s = 0; s < assigned.length; s++) {
            if (assigned[s] >= 0) {
                out.add(new StudentAssignment(projects.get(assigned[s]).id(), students.get(s).id()));
                count[assigned[s]]++;
                profile[rankOf(s, assigned[s])]++;
            } else {
                unassigned.add(students.get(s).id());
            }
        }
        List<Unfilled> unfilled = new ArrayList<>();
        for (int p = 0; p < projects.size(); p++) {
            if (count[p] < projCap[p]) {
                unfilled.add(new Unfilled(projects.get(p).id(), projCap[p] - count[p]));
            }
        }
        return new StableResult(out, unfilled, out.size(), unassigned, java.util.Arrays.stream(profile).boxed().toList());
    }

    private int rankOf(int s, int p) {
        int[] list = prefs[s];
        for (int i = 0; i < list.length; i++) {
            if (list[i] == p) {
                return i;
            }
        }
        throw new IllegalStateException("student " + s + " allocated to a project it did not list");
    }
}
