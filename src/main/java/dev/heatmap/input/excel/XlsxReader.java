package dev.heatmap.input.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx/.xlsm workbook through POI's event API: the sheet XML goes through a SAX handler
 * of our own, row by row, so memory does not grow with the sheet. We do not use POI's
 * XSSFSheetXMLHandler because it hands on formatted display strings, and a date's display may have
 * lost its seconds or its year; we need the raw serial and the cell's style to know it is a date.
 * Shared strings are the read-only table (they must be held: cells refer to them by index). Formula
 * cells give their cached value and are never evaluated. Every XML part is parsed with POI's secure
 * parser settings and DOCTYPE declarations refused, so no entity is ever expanded or fetched.
 */
final class XlsxReader {
  /** The most cell styles read; Excel itself allows 64,000. */
  private static final int MAX_STYLES = 1 << 16;

  private XlsxReader() {}

  /** Whether the package is an Excel binary workbook (.xlsb) rather than XML. */
  static boolean isXlsb(OPCPackage pkg) throws OpenXML4JException {
    return pkg.getPart(PackagingURIHelper.createPartName("/xl/workbook.bin")) != null;
  }

  static OPCPackage open(Path file) throws OpenXML4JException {
    return OPCPackage.open(file.toFile(), PackageAccess.READ);
  }

  /** Pushes the cells of every wanted sheet of {@code pkg} to {@code picker}. */
  static void read(OPCPackage pkg, SheetPicker picker)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    XSSFReader reader = new XSSFReader(pkg);
    picker.date1904(date1904(reader));
    boolean[] dateStyles = dateStyles(reader);
    SharedStrings strings = new SharedStrings(() -> sharedStrings(reader), SharedStrings.budget());
    XSSFReader.SheetIterator sheets = reader.getSheetIterator();
    int index = 0;
    while (sheets.hasNext() && !picker.done()) {
      try (InputStream sheet = sheets.next()) {
        if (picker.startSheet(sheets.getSheetName(), index)) {
          try {
            parse(sheet, new SheetHandler(picker, strings, dateStyles));
          } catch (Stop stop) {
            // the picker has what it needs from this sheet
          }
          picker.endSheet();
        }
      }
      index++;
    }
  }

  /** The shared strings' XML, or null when the workbook has none. */
  private static InputStream sharedStrings(XSSFReader reader) throws IOException {
    try {
      return reader.getSharedStringsData();
    } catch (OpenXML4JException | IllegalArgumentException | IllegalStateException e) {
      return null; // a workbook without shared strings
    }
  }

  /** A secure SAX reader: POI's settings, DOCTYPE refused, errors thrown, warnings dropped. */
  static XMLReader xmlReader() throws SAXException, ParserConfigurationException {
    XMLReader xml = XMLHelper.newXMLReader();
    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    xml.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // not a problem for reading values
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
    return xml;
  }

  private static void parse(InputStream in, ContentHandler handler)
      throws IOException, SAXException, ParserConfigurationException {
    XMLReader xml = xmlReader();
    xml.setContentHandler(handler);
    xml.parse(new InputSource(in));
  }

  private static boolean date1904(XSSFReader reader)
      throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
    boolean[] on = new boolean[1];
    try (InputStream in = reader.getWorkbookData()) {
      parse(
          in,
          new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
              if (local.equals("workbookPr")) {
                String v = a.getValue("date1904");
                on[0] = "1".equals(v) || "true".equalsIgnoreCase(v);
              }
            }
          });
    }
    return on[0];
  }

  /**
   * For each cell style (the {@code s} attribute of a cell), whether its number format is a date.
   */
  private static boolean[] dateStyles(XSSFReader reader)
      throws IOException, SAXException, ParserConfigurationException {
    InputStream in;
    try {
      in = reader.getStylesData();
    } catch (OpenXML4JException | IllegalArgumentException | IllegalStateException e) {
      return new boolean[0]; // a workbook without styles has no date cells
    }
    if (in == null) {
      return new boolean[0];
    }
    StylesHandler handler = new StylesHandler();
    try (InputStream styles = in) {
      parse(styles, handler);
    }
    return handler.dateStyles();
  }

  /** Collects the custom number formats and each cell style's number format. */
  private static final class StylesHandler extends DefaultHandler {
    private final Map<Integer, String> formats = new HashMap<>();
    private int[] xfFormats = new int[64];
    private int count;
    private boolean inCellXfs;

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      if (local.equals("numFmt") && formats.size() < MAX_STYLES) {
        Integer id = parseInt(a.getValue("numFmtId"));
        String code = a.getValue("formatCode");
        if (id != null && code != null) {
          formats.put(id, code);
        }
      } else if (local.equals("cellXfs")) {
        inCellXfs = true;
      } else if (local.equals("xf") && inCellXfs && count < MAX_STYLES) {
        if (count == xfFormats.length) {
          xfFormats = java.util.Arrays.copyOf(xfFormats, count * 2);
        }
        Integer id = parseInt(a.getValue("numFmtId"));
        xfFormats[count++] = id == null ? 0 : id;
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      if (local.equals("cellXfs")) {
        inCellXfs = false;
      }
    }

    boolean[] dateStyles() {
      boolean[] dates = new boolean[count];
      for (int i = 0; i < count; i++) {
        dates[i] = isDateFormat(xfFormats[i], formats.get(xfFormats[i]));
      }
      return dates;
    }
  }

  static boolean isDateFormat(int id, String code) {
    if (DateUtil.isInternalDateFormat(id)) {
      return true;
    }
    // East Asian built-in date formats (27-36, 50-58) have no format string in POI's table.
    if ((id >= 27 && id <= 36) || (id >= 50 && id <= 58)) {
      return true;
    }
    String format = code != null ? code : BuiltinFormats.getBuiltinFormat(id);
    return format != null && DateUtil.isADateFormat(id, format);
  }

  static Integer parseInt(String s) {
    if (s == null || s.isEmpty() || s.length() > 9) {
      return null;
    }
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Ends the parse of a sheet the picker no longer wants. */
  private static final class Stop extends SAXException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super("stop");
    }
  }

  /** The SAX handler for one sheet: cells to the picker, values only for wanted columns. */
  private static final class SheetHandler extends DefaultHandler {
    private final SheetPicker picker;
    private final SharedStrings strings;
    private final boolean[] dateStyles;
    private final StringBuilder value = new StringBuilder();
    private long row;
    private int col = -1;
    private String type;
    private int style;
    private boolean wanted;
    private boolean collecting;
    private boolean inInline;
    private boolean inPhonetic;
    private boolean hasValue;

    SheetHandler(SheetPicker picker, SharedStrings strings, boolean[] dateStyles) {
      this.picker = picker;
      this.strings = strings;
      this.dateStyles = dateStyles;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a)
        throws SAXException {
      // Hot path: a switch on the element name; values are collected only for wanted cells.
      switch (local) {
        case "row":
          if (!picker.reading()) {
            throw new Stop();
          }
          Integer r = parseInt(a.getValue("r"));
          row = r != null ? r : row + 1;
          col = -1;
          break;
        case "c":
          String ref = a.getValue("r");
          int c = ref == null ? -1 : columnOf(ref);
          col = c >= 0 ? c : col + 1;
          type = a.getValue("t");
          Integer s = parseInt(a.getValue("s"));
          style = s == null ? 0 : s;
          wanted = picker.wants(col);
          value.setLength(0);
          hasValue = false;
          break;
        case "v":
          collecting = wanted;
          hasValue = true;
          break;
        case "is":
          inInline = true;
          hasValue = true;
          break;
        case "rPh":
          inPhonetic = true;
          break;
        case "t":
          collecting = wanted && inInline && !inPhonetic;
          break;
        default:
          break;
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (collecting) {
        int room = SheetPicker.MAX_TEXT + 1 - value.length();
        if (room > 0) {
          value.append(ch, start, Math.min(room, length));
        }
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) throws SAXException {
      switch (local) {
        case "v":
        case "t":
          collecting = false;
          break;
        case "is":
          inInline = false;
          break;
        case "rPh":
          inPhonetic = false;
          break;
        case "c":
          if (wanted && hasValue) {
            deliver();
          }
          wanted = false;
          break;
        case "sheetData":
          if (!picker.reading()) {
            throw new Stop();
          }
          break;
        default:
          break;
      }
    }

    private void deliver() {
      if (type == null || type.equals("n")) {
        double v;
        try {
          v = Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
          picker.cell(row, col, SheetPicker.ERROR, 0, null);
          return;
        }
        boolean date = style >= 0 && style < dateStyles.length && dateStyles[style];
        picker.cell(row, col, date ? SheetPicker.DATE : SheetPicker.NUMBER, v, null);
        return;
      }
      switch (type) {
        case "s":
          Integer index = parseInt(value.toString().strip());
          String text = index == null ? null : strings.get(index);
          if (text == null) {
            picker.cell(row, col, SheetPicker.ERROR, 0, null);
            return;
          }
          picker.cell(row, col, SheetPicker.TEXT, 0, text);
          return;
        case "inlineStr":
        case "str":
        case "d":
          picker.cell(row, col, SheetPicker.TEXT, 0, value);
          return;
        case "b":
          picker.cell(
              row,
              col,
              SheetPicker.BOOLEAN,
              value.length() > 0 && value.charAt(0) == '1' ? 1 : 0,
              null);
          return;
        default:
          picker.cell(row, col, SheetPicker.ERROR, 0, null);
      }
    }
  }

  /** The 0-based column of a cell reference such as {@code B12}, or -1. */
  static int columnOf(String ref) {
    int v = 0;
    int i = 0;
    for (; i < ref.length() && i < 4; i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        v = v * 26 + (c - 'A' + 1);
      } else {
        break;
      }
    }
    return i == 0 || i > 3 ? -1 : v - 1;
  }
}
