package org.crossfield.application;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where uploaded files' bytes live, by key; their metadata is in {@code stored_file}. The default keeps them in a
 * directory ({@code crossfield.files.directory}); another implementation (an object store) can replace it as a bean.
 */
public interface FileStorage {

    void store(String key, byte[] content) throws IOException;

    InputStream open(String key) throws IOException;

    void delete(String key) throws IOException;
}
