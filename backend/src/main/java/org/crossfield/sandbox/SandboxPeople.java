package org.crossfield.sandbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crossfield.sandbox.SandboxGenerator.SandboxPerson;

/** The people identity wrote, in the generator's order ({@link SandboxGenerator#people}), with their ids. */
public final class SandboxPeople {

    private final List<Long> ids = new ArrayList<>();
    private final Map<SandboxRole, List<Long>> byRole = new EnumMap<>(SandboxRole.class);
    private final Map<String, Long> demoAccounts = new HashMap<>();

    /** The next person of the generator's order was written with this id. */
    public void add(long id, SandboxPerson person) {
        ids.add(id);
        person.roles().forEach(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(id));
        if (person.email().endsWith("@" + SandboxGenerator.DEMO_DOMAIN)) {
            demoAccounts.put(person.email(), id);
        }
    }

    /** The id of the person at this position of the generator's order. */
    public long id(int ordinal) {
        return ids.get(ordinal);
    }

    public int count() {
        return ids.size();
    }

    /** The ids of the people holding the role, in the generator's order (the demo account first). */
    public List<Long> withRole(SandboxRole role) {
        return byRole.getOrDefault(role, List.of());
    }

    /** The id of the demo account with that role name (e.g. {@code "student"} for student@demo.crossfield.org). */
    public long demoAccount(String role) {
        Long id = demoAccounts.get(role + "@" + SandboxGenerator.DEMO_DOMAIN);
        if (id == null) {
            throw new IllegalStateException("The sandbox has no demo " + role);
        }
        return id;
    }
}
