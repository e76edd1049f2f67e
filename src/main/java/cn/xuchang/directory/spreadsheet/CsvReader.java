package cn.xuchang.directory.spreadsheet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import cn.xuchang.directory.common.ApiException;

/**
 * 读取 CSV (reading a CSV upload): one kind per file. The encoding is found by decoding strictly, never guessed:
 * UTF-8 with a byte-order mark, else UTF-8 if every byte decodes, else GB18030 (GBK, as Excel on Chinese Windows
 * saves "CSV") if every byte decodes; anything else is refused, and the preview says which encoding was found.
 */
final class CsvReader {

    static final String UTF8_BOM = "UTF-8 (with BOM)";
    static final String UTF8 = "UTF-8";
    static final String GB18030 = "GB18030 (GBK)";

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvReader() {
    }

    /** {@code kind}: the kind the file holds, by name or sheet title; null to tell it from the header. */
    static Upload read(byte[] bytes, String kind) throws IOException {
        Upload upload = new Upload("csv");
        String text = decode(bytes, upload);
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class).readValues(text)) {
            ParsedSheet sheet = null;
            int number = 0;
            while (lines.hasNextValue()) {
                String[] line = lines.nextValue();
                number++;
                Map<Integer, String> cells = new TreeMap<>();
                for (int i = 0; i < Math.min(line.length, SpreadsheetLimits.MAX_COLUMNS); i++) {
                    cells.put(i, line[i]);
                }
                if (sheet == null) {
                    if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                        continue;
                    }
                    sheet = upload.sheet(kindOf(kind, cells).title());
                }
                sheet.row(number, cells);
            }
        }
        return upload;
    }

    private static String decode(byte[] bytes, Upload upload) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            upload.encoding = UTF8_BOM;
            String text = strictly(ByteBuffer.wrap(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
            if (text == null) {
                throw unreadable("文件以 UTF-8 标记开头，但内容不是 UTF-8 (a UTF-8 byte-order mark, then other bytes)");
            }
            return text;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            throw unreadable("文件是 UTF-16 编码：请另存为「CSV UTF-8」 (UTF-16 is not taken: save as CSV UTF-8)");
        }
        String utf8 = strictly(ByteBuffer.wrap(bytes), StandardCharsets.UTF_8);
        if (utf8 != null) {
            upload.encoding = UTF8;
            return utf8;
        }
        String gb = strictly(ByteBuffer.wrap(bytes), Charset.forName("GB18030"));
        if (gb != null) {
            upload.encoding = GB18030;
            return gb;
        }
        throw unreadable("无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK。请在 Excel 中另存为「CSV UTF-8」 "
                + "(the file is neither UTF-8 nor GB18030/GBK)");
    }

    /** The text when every byte decodes; null otherwise. */
    private static String strictly(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The kind named, or the one whose headers the first row matches best. */
    private static KindSheet kindOf(String kind, Map<Integer, String> header) {
        if (kind != null && !kind.isBlank()) {
            return SheetLayout.sheet(kind).orElseThrow(() -> ApiException.invalid("kind",
                    "must be one of " + String.join(", ", SheetLayout.SHEETS.stream().map(KindSheet::kind).toList())));
        }
        KindSheet best = null;
        long bestScore = 0;
        for (KindSheet sheet : SheetLayout.SHEETS) {
            long score = header.values().stream().filter(h -> sheet.column(h).isPresent()).count();
            if (score > bestScore) {
                best = sheet;
                bestScore = score;
            }
        }
        if (best == null) {
            throw ApiException.invalid("file", "第一行不是模板的表头：请使用模板的列名，或用参数 kind 指明记录种类 (the first row "
                    + "names no template column; name the kind with ?kind=)");
        }
        return best;
    }

    static ApiException unreadable(String detail) {
        return new ApiException(400, "/problems/unreadable-file", "Bad Request", detail, List.of());
    }
}
