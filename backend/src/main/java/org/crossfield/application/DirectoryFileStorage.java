package org.crossfield.application;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Files in a directory, one file per key, written to a temporary name first so a crash leaves no half file. */
@Component
class DirectoryFileStorage implements FileStorage {

    private static final Pattern KEY = Pattern.compile("[a-z0-9-]{1,100}");

    private final Path directory;

    DirectoryFileStorage(@Value("${crossfield.files.directory:${user.home}/.crossfield/files}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath();
    }

    @Override
    public void store(String key, byte[] content) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "upload-", ".part");
        Files.write(temporary, content);
        Files.move(temporary, path(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    private Path path(String key) {
        // keys are made by Crossfield, never by users; checked anyway so no key can leave the directory
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return directory.resolve(key);
    }
}
