package cn.xuchang.directory.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** 数据副本 (a copy of data/): a test's own folder of the real files, in which it changes a line to see what follows. */
final class DataCopy {

    static final Path DATA = Path.of("data");

    private final Path folder;

    private DataCopy(Path folder) {
        this.folder = folder;
    }

    /** Copies every file of data/ into {@code folder} (a test's temporary directory). */
    static DataCopy into(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new DataCopy(folder);
    }

    /** Replaces text that must be in the file, so that a test cannot pass because the data changed under it. */
    DataCopy replace(String file, String from, String to) throws IOException {
        Path path = folder.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
        return this;
    }

    Path folder() {
        return folder;
    }
}
