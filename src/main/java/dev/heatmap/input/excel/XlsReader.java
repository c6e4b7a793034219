package dev.heatmap.input.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.eventusermodel.AbortableHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.HSSFUserException;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Reads a BIFF8 .xls workbook (Excel 97–2003) through POI's HSSF event API: records stream past
 * once, cells go to the {@link SheetPicker}, and reading stops as soon as the chosen sheet ends.
 * The shared string table is held (cells refer to it by index). Formulas give their cached value.
 */
final class XlsReader {
  private XlsReader() {}

  /** Thrown when the workbook turns out to be password-protected. */
  static final class Encrypted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Encrypted() {
      super("encrypted", null, false, false);
    }
  }

  static void read(POIFSFileSystem fs, SheetPicker picker) throws IOException {
    HSSFRequest request = new HSSFRequest();
    request.addListenerForAllRecords(new Listener(picker));
    try {
      new HSSFEventFactory().abortableProcessWorkbookEvents(request, fs);
    } catch (HSSFUserException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static final class Listener extends AbortableHSSFListener {
    private final SheetPicker picker;
    private final List<BoundSheetRecord> bound = new ArrayList<>();
    private BoundSheetRecord[] sheets;
    private final Map<Integer, String> formats = new HashMap<>();
    private final List<Integer> xfFormats = new ArrayList<>();
    private byte[] dateXf = new byte[0];
    private SSTRecord sst;
    private int depth;
    private int sheet = -1;
    private boolean inSheet;
    private long formulaRow = -1;
    private int formulaCol;

    Listener(SheetPicker picker) {
      this.picker = picker;
    }

    @Override
    public short abortableProcessRecord(Record record) {
      // Hot path for the cell records: a switch on the record id.
      switch (record.getSid()) {
        case BOFRecord.sid:
          depth++;
          BOFRecord bof = (BOFRecord) record;
          if (depth == 1 && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
            sheet++;
            if (sheets == null) {
              sheets = BoundSheetRecord.orderByBofPosition(bound);
            }
            String name =
                sheet < sheets.length ? sheets[sheet].getSheetname() : "Sheet" + (sheet + 1);
            inSheet = bof.getType() == BOFRecord.TYPE_WORKSHEET && picker.startSheet(name, sheet);
          }
          break;
        case EOFRecord.sid:
          depth--;
          if (depth == 0 && inSheet) {
            inSheet = false;
            picker.endSheet();
            if (picker.done()) {
              return 1;
            }
          }
          break;
        case FilePassRecord.sid:
          throw new Encrypted();
        case BoundSheetRecord.sid:
          bound.add((BoundSheetRecord) record);
          break;
        case DateWindow1904Record.sid:
          picker.date1904(((DateWindow1904Record) record).getWindowing() == 1);
          break;
        case FormatRecord.sid:
          FormatRecord f = (FormatRecord) record;
          formats.put(f.getIndexCode(), f.getFormatString());
          break;
        case ExtendedFormatRecord.sid:
          if (xfFormats.size() < (1 << 16)) {
            xfFormats.add((int) ((ExtendedFormatRecord) record).getFormatIndex());
          }
          break;
        case SSTRecord.sid:
          sst = (SSTRecord) record;
          break;
        case NumberRecord.sid:
          if (inSheet) {
            NumberRecord n = (NumberRecord) record;
            number(n.getRow(), n.getColumn(), n.getXFIndex(), n.getValue());
          }
          break;
        case LabelSSTRecord.sid:
          if (inSheet) {
            LabelSSTRecord l = (LabelSSTRecord) record;
            if (picker.wants(l.getColumn())) {
              String text =
                  sst != null && l.getSSTIndex() >= 0 && l.getSSTIndex() < sst.getNumUniqueStrings()
                      ? sst.getString(l.getSSTIndex()).getString()
                      : null;
              picker.cell(
                  l.getRow() + 1L,
                  l.getColumn(),
                  text == null ? SheetPicker.ERROR : SheetPicker.TEXT,
                  0,
                  text);
            }
          }
          break;
        case LabelRecord.sid:
          if (inSheet) {
            LabelRecord l = (LabelRecord) record;
            picker.cell(l.getRow() + 1L, l.getColumn(), SheetPicker.TEXT, 0, l.getValue());
          }
          break;
        case FormulaRecord.sid:
          if (inSheet) {
            formula((FormulaRecord) record);
          }
          break;
        case StringRecord.sid:
          if (inSheet && formulaRow >= 0) {
            picker.cell(
                formulaRow, formulaCol, SheetPicker.TEXT, 0, ((StringRecord) record).getString());
            formulaRow = -1;
          }
          break;
        case BoolErrRecord.sid:
          if (inSheet) {
            BoolErrRecord b = (BoolErrRecord) record;
            picker.cell(
                b.getRow() + 1L,
                b.getColumn(),
                b.isBoolean() ? SheetPicker.BOOLEAN : SheetPicker.ERROR,
                b.isBoolean() && b.getBooleanValue() ? 1 : 0,
                null);
          }
          break;
        default:
          break;
      }
      return 0;
    }

    private void formula(FormulaRecord f) {
      formulaRow = -1;
      CellType type = f.getCachedResultTypeEnum();
      if (type == CellType.STRING) {
        formulaRow = f.getRow() + 1L;
        formulaCol = f.getColumn();
      } else if (type == CellType.NUMERIC) {
        number(f.getRow(), f.getColumn(), f.getXFIndex(), f.getValue());
      } else if (type == CellType.BOOLEAN) {
        picker.cell(
            f.getRow() + 1L,
            f.getColumn(),
            SheetPicker.BOOLEAN,
            f.getCachedBooleanValue() ? 1 : 0,
            null);
      } else {
        picker.cell(f.getRow() + 1L, f.getColumn(), SheetPicker.ERROR, 0, null);
      }
    }

    private void number(int row, int col, int xf, double value) {
      boolean date = isDate(xf);
      picker.cell(row + 1L, col, date ? SheetPicker.DATE : SheetPicker.NUMBER, value, null);
    }

    private boolean isDate(int xf) {
      if (xf < 0 || xf >= xfFormats.size()) {
        return false;
      }
      if (dateXf.length != xfFormats.size()) {
        dateXf = new byte[xfFormats.size()]; // 0 not yet known, 1 no, 2 a date format
      }
      if (dateXf[xf] == 0) {
        int id = xfFormats.get(xf);
        dateXf[xf] = XlsxReader.isDateFormat(id, formats.get(id)) ? (byte) 2 : (byte) 1;
      }
      return dateXf[xf] == 2;
    }
  }
}
