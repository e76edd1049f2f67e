package cn.xuchang.directory.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import cn.xuchang.directory.common.Pinyin;
import cn.xuchang.directory.editing.ChangeFeed;
import cn.xuchang.directory.editing.ChangeLog;
import cn.xuchang.directory.editing.Kinds;
import cn.xuchang.directory.importer.RegionRows.RegionNames;
import cn.xuchang.directory.importer.RegionRows.RegionRow;
import cn.xuchang.directory.record.DataFiles;
import cn.xuchang.directory.record.EditableRecord;
import cn.xuchang.directory.record.RecordKind;
import cn.xuchang.directory.region.Region;
import cn.xuchang.directory.region.RegionNaming;
import io.quarkus.panache.common.Sort;

/**
 * 导出 (export): the whole directory as it stands in the database, written in the data/ format, so that
 * changes made through the API can be written back to data/ and reviewed like any other edit.
 */
@ApplicationScoped
public class DataExport {

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build())
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String HEADER = "# Exported from the directory database by GET /api/v1/export.\n"
            + "# Fields and sources: see data/README.md.\n";

    private final Kinds kinds;
    private final EntityManager em;
    private final ChangeLog changes;

    public DataExport(Kinds kinds, EntityManager em, ChangeLog changes) {
        this.kinds = kinds;
        this.em = em;
        this.changes = changes;
    }

    /** The data/ files, by name, and the change feed's cursor that matches them exactly. */
    public record Files(Map<String, String> files, String cursor) {
    }

    /**
     * Every data/ file, by name: the regions, then each kind's files in the order kinds are imported. Read holding
     * the change log's lock, so that no change commits meanwhile: the files are the directory exactly as of the
     * cursor, and the feed after it holds every change they miss.
     */
    @Transactional
    public Files files() {
        changes.lock();
        String cursor = ChangeFeed.cursor(changes.current());
        Map<String, String> files = new LinkedHashMap<>();
        List<Region> regions = Region.listAll(Sort.by("code"));
        regions.sort(Comparator.comparingInt((Region r) -> r.code.length()).thenComparing(r -> r.code));
        files.put(RegionRows.REGIONS, csv(regions));
        files.put(RegionRows.REGION_NAMES, yaml(regions.stream().filter(r -> r.namesSource != null)
                .map(DataExport::names).toList()));
        Map<String, List<Object>> records = new LinkedHashMap<>();
        DataFiles.Export export = (file, list) -> records.computeIfAbsent(file, k -> new ArrayList<>()).addAll(list);
        kinds.all().forEach(kind -> exportKind(kind, export));
        records.forEach((file, list) -> files.put(file, yaml(list)));
        return new Files(files, cursor);
    }

    private <E extends EditableRecord> void exportKind(RecordKind<?, E> kind, DataFiles.Export export) {
        kind.export(em.createQuery("from " + kind.entityType().getSimpleName() + " e order by e.id",
                kind.entityType()).getResultList(), export);
    }

    /** The files as one zip, to unpack over data/, and their cursor. */
    public record Zip(byte[] bytes, String cursor) {
    }

    /** The files as one zip, to unpack over data/. */
    public Zip zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Files files = files();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : files.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Zip(bytes.toByteArray(), files.cursor());
    }

    private static RegionNames names(Region r) {
        List<String> aliases = new ArrayList<>(r.aliases);
        RegionNaming.shortName(r.name).ifPresent(aliases::remove);
        String pinyin = r.pinyin != null && !r.pinyin.equals(Pinyin.of(r.name)) ? r.pinyin : null;
        return new RegionNames(r.code, aliases.isEmpty() ? null : aliases, pinyin, r.namesSource);
    }

    private static String csv(List<Region> regions) {
        List<RegionRow> rows = regions.stream().map(r -> new RegionRow(r.code, r.name, tier(r.code),
                r.parent == null ? null : r.parent.code, r.source)).toList();
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = mapper.schemaFor(RegionRow.class).withHeader();
        try {
            return mapper.writer(schema).writeValueAsString(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tier(String code) {
        if (code.length() == 9) {
            return "township";
        }
        return code.endsWith("0000") ? "province" : code.endsWith("00") ? "city" : "county";
    }

    private static String yaml(List<?> records) {
        try {
            return HEADER + "\n" + (records.isEmpty() ? "[]\n" : YAML.writeValueAsString(records));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
