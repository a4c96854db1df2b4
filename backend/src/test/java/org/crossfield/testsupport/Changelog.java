package org.crossfield.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;

/** The application's Liquibase changelog, parsed by Liquibase itself (no database needed). */
public final class Changelog {

    public static final String MASTER = "db/changelog/db.changelog-master.yaml";

    private Changelog() {
    }

    public static List<ChangeSet> changeSets() throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        List<ChangeSet> changeSets = new ArrayList<>();
        Scope.child(Scope.Attr.resourceAccessor.name(), resources, () -> changeSets.addAll(
                ChangeLogParserFactory.getInstance().getParser(MASTER, resources)
                        .parse(MASTER, new ChangeLogParameters(), resources).getChangeSets()));
        return changeSets;
    }

    /** Runs {@code work} with the changelog's resources in Liquibase's scope (checksums of loadData read the CSV). */
    public static <T> T inScope(Scope.ScopedRunnerWithReturn<T> work) throws Exception {
        ResourceAccessor resources = new ClassLoaderResourceAccessor(Changelog.class.getClassLoader());
        return Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), resources), work);
    }
}
