package cn.xuchang.directory.contacts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import cn.xuchang.directory.hotline.HotlineView;
import cn.xuchang.directory.region.RegionRef;
import cn.xuchang.directory.service.ServiceRef;
import cn.xuchang.directory.snapshot.DirectorySnapshot;

/**
 * 热线表 (the hotlines as a spreadsheet): one row per hotline being served, with its region codes and names, in
 * UTF-8 with a byte-order mark so that Excel on Chinese Windows reads the characters right.
 */
final class HotlinesCsv {

    static final String BOM = "\uFEFF";
    static final List<String> COLUMNS = List.of("id", "number", "e164", "label", "type", "organization",
            "services", "nationwide", "region_codes", "region_names", "status", "hours", "source", "last_verified");
    private static final CsvMapper CSV = new CsvMapper();

    private HotlinesCsv() {
    }

    static String of(DirectorySnapshot snapshot) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (SequenceWriter rows = CSV.writer(schema.build()).writeValues(out)) {
            for (HotlineView h : snapshot.hotlines().stream().sorted(Comparator.comparing(HotlineView::id)).toList()) {
                rows.write(List.of(h.id(), h.number(), text(h.e164()), h.label(), h.type().wire(),
                        h.organization() == null ? "" : h.organization().name(),
                        h.services().stream().map(ServiceRef::name).collect(Collectors.joining("；")),
                        h.nationwide() ? "yes" : "no",
                        h.regions().stream().map(RegionRef::code).collect(Collectors.joining(";")),
                        h.regions().stream().map(RegionRef::name).collect(Collectors.joining("；")),
                        h.status().wire(), text(h.hours()), text(h.source()), date(h.lastVerified())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
