package cn.xuchang.directory.spreadsheet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import cn.xuchang.directory.common.ApiException;

/**
 * 读取 .xlsx (reading an .xlsx upload) as a stream of SAX events, a row at a time, so that a 50,000-row sheet never
 * stands in memory as a workbook. Cells are read as Excel saved them: a formula's cached value (never evaluated),
 * numbers written in full (3748297716, not 3.748297716E9). Macros are refused; external links, hidden sheets and
 * merged cells are reported.
 */
final class XlsxReader {

    static final String MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    private static final Pattern VBA = Pattern.compile("(?i)/xl/vbaProject\\.bin");
    private static final Pattern EXTERNAL_LINKS = Pattern.compile("(?i)/xl/externalLinks/.*");

    static {
        ZipSecureFile.setMinInflateRatio(SpreadsheetLimits.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(SpreadsheetLimits.MAX_ENTRY_BYTES);
    }

    private XlsxReader() {
    }

    static Upload read(File file) throws Exception {
        Upload upload = new Upload("xlsx");
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            refuseMacros(pkg);
            if (!pkg.getPartsByName(EXTERNAL_LINKS).isEmpty()) {
                upload.notices.add(new Notice(null, null, null, "EXTERNAL_LINKS",
                        "文件引用了其他工作簿：不会打开被引用的文件，只读取 Excel 保存时的值", false));
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Map<String, String> states = sheetStates(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String title = sheets.getSheetName();
                    String state = states.getOrDefault(title, "visible");
                    if (SheetLayout.LIST_SHEET.equals(title)) {
                        continue; // the template's own list sheet, hidden on purpose
                    }
                    if (!"visible".equals(state)) {
                        upload.notices.add(new Notice(title, null, null, "HIDDEN_SHEET",
                                "工作表「" + title + "」是隐藏的，未读取：要导入请取消隐藏", false));
                        continue;
                    }
                    ParsedSheet sheet = upload.sheet(title);
                    if (sheet != null) {
                        parse(in, new SheetHandler(sheet, strings));
                    }
                }
            }
        }
        return upload;
    }

    private static void refuseMacros(OPCPackage pkg) throws Exception {
        boolean macros = !pkg.getPartsByName(VBA).isEmpty()
                || pkg.getParts().stream().map(PackagePart::getContentType).anyMatch(MACRO_WORKBOOK::equals);
        if (macros) {
            throw new ApiException(415, "/problems/unsupported-media-type", "Unsupported Media Type",
                    "文件含有宏（.xlsm），出于安全不予接收：请另存为「Excel 工作簿 (.xlsx)」再上传 (workbooks with macros "
                            + "are refused: save as .xlsx)", List.of());
        }
    }

    /** Sheet name to its state in workbook.xml: visible, hidden or veryHidden. */
    private static Map<String, String> sheetStates(XSSFReader reader) throws Exception {
        Map<String, String> states = new HashMap<>();
        try (InputStream in = reader.getWorkbookData()) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if ("sheet".equals(localName)) {
                        String state = attributes.getValue("state");
                        states.put(attributes.getValue("name"), state == null ? "visible" : state);
                    }
                }
            });
        }
        return states;
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    /** One sheet's XML, cell by cell: a row is handed on when it ends. */
    private static final class SheetHandler extends DefaultHandler {

        private final ParsedSheet sheet;
        private final ReadOnlySharedStringsTable strings;
        private final StringBuilder text = new StringBuilder();
        private Map<Integer, String> cells;
        private int rowNumber;
        private int column;
        private String type;
        private boolean capturing;
        private boolean inInline;
        private String value;

        SheetHandler(ParsedSheet sheet, ReadOnlySharedStringsTable strings) {
            this.sheet = sheet;
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : column(ref);
                    type = attributes.getValue("t");
                    value = null;
                    inInline = false;
                }
                case "v" -> start();
                case "is" -> {
                    inInline = true;
                    text.setLength(0);
                }
                case "t" -> capturing = inInline;
                case "mergeCell" -> sheet.merged(attributes.getValue("ref"));
                default -> {
                }
            }
        }

        /** The column of a cell reference such as "AB12" (0 for A), without the regular expression CellReference uses. */
        private static int column(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    col = col * 26 + (c - 'A' + 1);
                } else if (c >= 'a' && c <= 'z') {
                    col = col * 26 + (c - 'a' + 1);
                } else if (c != '$') {
                    break;
                }
                if (col > SpreadsheetLimits.MAX_COLUMNS) {
                    return SpreadsheetLimits.MAX_COLUMNS; // beyond what is read; and no overflow for a forged reference
                }
            }
            if (col == 0) {
                throw new IllegalArgumentException("cell reference without a column: " + ref);
            }
            return col - 1;
        }

        private void start() {
            capturing = true;
            text.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    value = text.toString();
                    capturing = false;
                }
                case "t" -> capturing = false;
                case "is" -> {
                    value = text.toString();
                    inInline = false;
                }
                case "c" -> {
                    if (value != null && column < SpreadsheetLimits.MAX_COLUMNS && cells != null) {
                        cells.put(column, cellText(type, value));
                    }
                }
                case "row" -> {
                    sheet.row(rowNumber, cells);
                    cells = null;
                }
                default -> {
                }
            }
        }

        private String cellText(String type, String raw) {
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw; // str (a formula's text), inlineStr, e (an error such as #N/A)
            };
        }

        /** A number as written in full: a phone number saved as a number keeps its digits, 118.0 is 118. */
        private static String number(String raw) {
            try {
                return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return raw;
            }
        }
    }
}
