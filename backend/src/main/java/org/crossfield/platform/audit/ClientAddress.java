package org.crossfield.platform.audit;

import java.util.Optional;

/**
 * The address of the client whose request the current thread serves, for the audit log: the web layer sets it for the
 * length of each request (after the proxy headers are applied) and clears it afterwards.
 */
public final class ClientAddress {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ClientAddress() {
    }

    public static void set(String address) {
        CURRENT.set(address);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }
}
