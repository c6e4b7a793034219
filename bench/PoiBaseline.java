// The xlsx target's yardstick: the time Apache POI's own event API takes just to read a sheet,
// doing nothing with the cells. Compiled and run by bench/bench.py against the fat jar.
import java.io.InputStream;
import java.nio.file.Path;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

public class PoiBaseline {
  public static void main(String[] args) throws Exception {
    long[] cells = new long[1];
    try (OPCPackage pkg = OPCPackage.open(Path.of(args[0]).toFile(), PackageAccess.READ)) {
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      XSSFReader reader = new XSSFReader(pkg);
      XSSFSheetXMLHandler.SheetContentsHandler sink =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            public void startRow(int rowNum) {}

            public void endRow(int rowNum) {}

            public void cell(String ref, String value, XSSFComment comment) {
              cells[0]++;
            }
          };
      try (InputStream sheet = reader.getSheetsData().next()) {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        XMLReader xml = f.newSAXParser().getXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(reader.getStylesTable(), strings, sink, false));
        xml.parse(new InputSource(sheet));
      }
    }
    System.out.println(cells[0] + " cells");
  }
}
