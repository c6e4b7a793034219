package dev.heatmap.input.csv;

import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.ByteScanner;
import dev.heatmap.input.bytes.Utf8Text;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.NumberText;

/**
 * Delimited text on bytes, for the rows Commons CSV (with {@link CsvExtractor}'s format) reads in
 * the plain way: unquoted fields without quotes in them, and quoted fields that open at the start
 * of the field, double their inner quotes, hold no line break and close right before a delimiter or
 * the end of the line. Empty lines are skipped; a record's line number is the line after the
 * previous record, as the character path numbers it.
 *
 * <p>Anything else (a quote inside an unquoted field, text after a closing quote, a quoted line
 * break, a lone CR, an unclosed quote, a record longer than the maximum) makes it doubt, and the
 * file is read whole by Commons CSV, which gives the exact records and messages.
 */
public final class CsvScanner extends ByteScanner {
  private final RecordSink sink;
  private final byte delimiter;
  private final int column;
  private final int groupColumn;
  private final boolean numericText;
  private final int maxRecord;
  private boolean skipHeader;
  private final int lastWanted;
  // What a byte is in an unquoted cell: 0 text, 1 the end of the cell, 2 a quote (doubt).
  private final byte[] cell = new byte[256];
  // What a byte is after the last wanted cell: 0 skipped, 1 the end of the line, 2 a quote.
  private static final byte[] REST = new byte[256];

  static {
    REST['\n'] = 1;
    REST['\r'] = 1;
    REST['"'] = 2;
  }

  private long start = 1; // the next record's line: the line after the previous record's end
  private final Utf8Text view = new Utf8Text();
  private byte[] unquoted = new byte[64];

  // The wanted cells of the current record: b[from, to), and whether they had doubled quotes.
  private int valueFrom;
  private int valueTo;
  private boolean valueQuotes;
  private int groupFrom;
  private int groupTo;
  private boolean groupQuotes;

  /**
   * @param delimiter an ASCII delimiter
   * @param column the timestamp's 0-based column
   * @param groupColumn the group's column, or -1
   * @param header whether the first record is the header, to skip
   */
  public CsvScanner(
      RecordSink sink,
      char delimiter,
      int column,
      int groupColumn,
      boolean numericText,
      boolean header,
      int maxLineLength) {
    this.sink = sink;
    this.delimiter = (byte) delimiter;
    this.column = column;
    this.groupColumn = groupColumn;
    this.numericText = numericText;
    this.skipHeader = header;
    this.maxRecord = maxLineLength;
    this.lastWanted = Math.max(column, groupColumn);
    cell[delimiter] = 1;
    cell['\n'] = 1;
    cell['\r'] = 1;
    cell['"'] = 2;
  }

  @Override
  public boolean scan(byte[] b, int from, int to) {
    int p = from;
    byte d = delimiter;
    // Hot path: one pass over each record's bytes, field by field; only the wanted cells are
    // looked at again, and only they become text. No String per cell, no regex.
    while (p < to) {
      byte c = b[p];
      if (c == '\n') {
        lines++; // an empty line: not a record, and the next record's number stays
        p++;
        continue;
      }
      if (c == '\r') {
        if (p + 1 < to && b[p + 1] == '\n') {
          lines++;
          p += 2;
          continue;
        }
        return false;
      }
      long line = start;
      int recordFrom = p;
      int field = 0;
      valueFrom = -1;
      groupFrom = -1;
      while (true) {
        int cellFrom;
        int cellTo;
        boolean quotes = false;
        if (p < to && b[p] == '"') {
          int q = p + 1;
          while (true) {
            while (q < to && b[q] != '"' && b[q] != '\n' && b[q] != '\r') {
              q++;
            }
            if (q >= to || b[q] != '"') {
              return false; // a quoted line break, or a quote not closed on this line
            }
            if (q + 1 < to && b[q + 1] == '"') {
              quotes = true;
              q += 2;
            } else {
              break;
            }
          }
          cellFrom = p + 1;
          cellTo = q;
          p = q + 1;
          if (p < to && b[p] != d && b[p] != '\n' && b[p] != '\r') {
            return false; // text after the closing quote
          }
        } else {
          cellFrom = p;
          int k = 0;
          while (p < to && (k = cell[b[p] & 0xff]) == 0) {
            p++;
          }
          if (k == 2) {
            return false; // a quote inside an unquoted field
          }
          cellTo = p;
        }
        if (field == column) {
          valueFrom = cellFrom;
          valueTo = cellTo;
          valueQuotes = quotes;
        }
        if (field == groupColumn) {
          groupFrom = cellFrom;
          groupTo = cellTo;
          groupQuotes = quotes;
        }
        if (p < to && b[p] == d) {
          field++;
          p++;
          if (field > lastWanted) {
            // Past the wanted cells only the end of the line matters, unless a quote (which
            // could hide a line break) sends the rest through the loop cell by cell.
            int q = p;
            while (q < to && REST[b[q] & 0xff] == 0) {
              q++;
            }
            if (q >= to || REST[b[q] & 0xff] == 1) {
              p = q;
              break;
            }
          }
          continue;
        }
        break;
      }
      if (p < to) {
        if (b[p] == '\r') {
          if (p + 1 >= to || b[p + 1] != '\n') {
            return false; // a lone CR ends a record for Commons CSV, and a line for no one else
          }
          p++;
        }
        p++; // the LF
        lines++;
      }
      start = lines + 1;
      if (p - recordFrom > maxRecord) {
        return false;
      }
      if (skipHeader) {
        skipHeader = false;
        continue;
      }
      records++;
      record(b, line);
    }
    return true;
  }

  private void record(byte[] b, long line) {
    String group = null;
    if (groupColumn >= 0) {
      group = Groups.name(groupFrom < 0 ? null : cell(b, groupFrom, groupTo, groupQuotes));
    }
    if (valueFrom < 0) {
      sink.skip(group, line, SkipReason.EMPTY, null);
      return;
    }
    if (!valueQuotes && !numericText && sink.utf8(b, valueFrom, valueTo, group, line)) {
      return;
    }
    Utf8Text value = cell(b, valueFrom, valueTo, valueQuotes);
    if (value.isBlank()) {
      sink.skip(group, line, SkipReason.EMPTY, null);
    } else if (numericText) {
      double v = NumberText.parse(value);
      if (Double.isNaN(v)) {
        sink.text(value, group, line);
      } else {
        sink.number(v, group, line);
      }
    } else {
      sink.text(value, group, line);
    }
  }

  /** A cell's text; doubled quotes become one. */
  private Utf8Text cell(byte[] b, int from, int to, boolean quotes) {
    if (!quotes) {
      return view.set(b, from, to);
    }
    if (unquoted.length < to - from) {
      unquoted = new byte[Math.max(to - from, unquoted.length * 2)];
    }
    int n = 0;
    for (int i = from; i < to; i++) {
      unquoted[n++] = b[i];
      if (b[i] == '"') {
        i++; // the second of a doubled quote
      }
    }
    return view.set(unquoted, 0, n);
  }

  @Override
  public int maxUnit() {
    return (int) Math.min(3L * maxRecord + 8, Integer.MAX_VALUE - 64);
  }

  @Override
  public boolean tooLong(byte[] b, int from, int to) {
    return false;
  }
}
