package cn.xuchang.directory.hours;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * data/holidays/*.json (holiday-cn's format: year, papers, days[{name, date, isOffDay}]) read into the
 * official calendar; a file that names no gov.cn notice or has an unreadable day is refused with its name.
 */
final class CalendarFiles {

    static final String FOLDER = "holidays";

    private CalendarFiles() {
    }

    static OfficialCalendar read(Path dataDir) {
        Path folder = dataDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return OfficialCalendar.empty();
        }
        List<OfficialCalendar.Notice> notices = new ArrayList<>();
        List<OfficialCalendar.Entry> entries = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = FOLDER + "/" + file.getFileName();
                JsonNode root = json.readTree(file.toFile());
                List<String> papers = new ArrayList<>();
                root.path("papers").forEach(p -> papers.add(p.asText()));
                if (!root.path("year").isInt() || papers.isEmpty()) {
                    throw new IllegalStateException(name + ": needs its year and the notice it is taken from (papers)");
                }
                notices.add(new OfficialCalendar.Notice(root.get("year").asInt(), papers));
                int i = 0;
                for (JsonNode day : root.path("days")) {
                    try {
                        entries.add(new OfficialCalendar.Entry(LocalDate.parse(day.path("date").asText()),
                                day.path("name").asText(), day.path("isOffDay").asBoolean()));
                    } catch (RuntimeException e) {
                        throw new IllegalStateException(name + ", days[" + i + "]: unreadable date '"
                                + day.path("date").asText() + "'");
                    }
                    i++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return new OfficialCalendar(notices, entries);
    }
}
