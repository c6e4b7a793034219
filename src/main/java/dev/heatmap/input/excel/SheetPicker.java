package dev.heatmap.input.excel;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.extract.FieldChooser;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.NumberText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The format-neutral half of reading a workbook: the xlsx and xls readers push cells to it sheet by
 * sheet, row by row, and it chooses the sheet and column, then hands each row's timestamp to the
 * sink. Without {@code --sheet} the sheet is the first whose sampled rows have a timestamp column;
 * the first rows of each sheet are held until that is decided (at most {@link FieldChooser#SAMPLE}
 * rows and {@link #MAX_SAMPLE_CHARS} characters), then the rest streams.
 */
final class SheetPicker {
  static final byte NUMBER = 1;
  static final byte DATE = 2;
  static final byte TEXT = 3;
  static final byte BOOLEAN = 4;
  static final byte ERROR = 5;

  /** Columns past this are not sampled (but may be named with --field). */
  static final int MAX_SAMPLE_COLUMNS = 1024;

  /** Text held while sampling a sheet, at most. */
  static final int MAX_SAMPLE_CHARS = 4 << 20;

  /** The most characters kept of a text cell. */
  static final int MAX_TEXT = 1024;

  private enum State {
    SAMPLING,
    STREAMING,
    SKIPPING,
    DONE
  }

  /** One row's cells. */
  private static final class Row {
    long number;
    int size;
    int[] columns = new int[8];
    byte[] kinds = new byte[8];
    double[] numbers = new double[8];
    String[] texts = new String[8];

    void add(int column, byte kind, double number, String text) {
      if (size == columns.length) {
        int n = size * 2;
        columns = java.util.Arrays.copyOf(columns, n);
        kinds = java.util.Arrays.copyOf(kinds, n);
        numbers = java.util.Arrays.copyOf(numbers, n);
        texts = java.util.Arrays.copyOf(texts, n);
      }
      columns[size] = column;
      kinds[size] = kind;
      numbers[size] = number;
      texts[size] = text;
      size++;
    }

    int find(int column) {
      for (int i = 0; i < size; i++) {
        if (columns[i] == column) {
          return i;
        }
      }
      return -1;
    }

    void clear() {
      size = 0;
      java.util.Arrays.fill(texts, null);
    }
  }

  private final String source;
  private final InputConfig config;
  private final Diagnostics diagnostics;
  private final RecordSink sink;
  private final List<String> sheetNames = new ArrayList<>();
  private boolean date1904;
  private State state = State.SKIPPING;
  private String sheetName;
  private final List<Row> sampled = new ArrayList<>();
  private long sampledChars;
  private Row row = new Row();
  private int column = -1;
  private int groupColumn = -1;
  // A time-only column read with a date-only column, or -1.
  private int timeColumn = -1;
  // Whether the pair was named (--field 'Date+Time'): then a bare number under 1 is a time too.
  private boolean pairForced;
  private boolean header;
  private boolean numericText;
  private boolean chosen;

  // A sheet whose column was chosen by name alone, kept in case no sheet has parsed timestamps.
  private int fallbackSheet = -1;
  private int fallbackColumn = -1;
  private boolean fallbackHeader;
  private String fallbackNote;
  private int forcedSheet = -1;
  private int forcedColumn = -1;

  SheetPicker(String source, InputConfig config, Diagnostics diagnostics, RecordSink sink) {
    this.source = source;
    this.config = config;
    this.diagnostics = diagnostics;
    this.sink = sink;
  }

  void date1904(boolean on) {
    this.date1904 = on;
  }

  /** Whether reading can stop: the chosen sheet has been read to its end. */
  boolean done() {
    return state == State.DONE;
  }

  /** Whether the cells of the current sheet are wanted at all. */
  boolean reading() {
    return state == State.SAMPLING || state == State.STREAMING;
  }

  /** Whether the cell values of {@code col} are wanted in the current sheet. */
  boolean wants(int col) {
    if (state == State.SAMPLING) {
      return col < MAX_SAMPLE_COLUMNS || col == column || col == groupColumn || named(col);
    }
    return state == State.STREAMING && (col == column || col == groupColumn || col == timeColumn);
  }

  private boolean named(int col) {
    return (config.field() != null && config.field().column() == col)
        || (config.groupBy() != null && config.groupBy().column() == col);
  }

  /** A sheet begins; returns whether its cells are wanted. */
  boolean startSheet(String name, int index) {
    sheetNames.add(name);
    if (state == State.DONE) {
      return false;
    }
    boolean wanted;
    if (forcedSheet >= 0) {
      wanted = index == forcedSheet;
    } else if (config.sheet() != null) {
      wanted = matchesSheet(config.sheet(), name, index);
    } else {
      wanted = true;
    }
    state = wanted ? State.SAMPLING : State.SKIPPING;
    sheetName = name;
    sampled.clear();
    sampledChars = 0;
    row.clear();
    row.number = -1;
    return wanted;
  }

  static boolean matchesSheet(String spec, String name, int index) {
    if (spec.strip().equalsIgnoreCase(name.strip())) {
      return true;
    }
    int n = new FieldSpec(spec).index();
    return n >= 0 && n == index;
  }

  /**
   * One cell of the current sheet; {@code row} is 1-based and never goes down. {@code text} is read
   * now and not kept.
   */
  void cell(long rowNumber, int col, byte kind, double number, CharSequence text) {
    if (state != State.SAMPLING && state != State.STREAMING) {
      return;
    }
    if (rowNumber != row.number) {
      endRow();
      row.number = rowNumber;
    }
    if (!wants(col)) {
      return;
    }
    String s = null;
    if (text != null) {
      int n = Math.min(text.length(), MAX_TEXT);
      s = text.subSequence(0, n).toString();
      if (state == State.SAMPLING) {
        sampledChars += n;
      }
    }
    row.add(col, kind, number, s);
  }

  /** The current sheet has ended. */
  void endSheet() {
    if (state == State.SAMPLING || state == State.STREAMING) {
      endRow();
    }
    if (state == State.SAMPLING) {
      decide();
    }
    if (state == State.STREAMING) {
      state = State.DONE;
    }
  }

  /**
   * The workbook has been read. Returns true when a sheet was chosen by its column's name alone and
   * the workbook must be read again for it ({@link #retry} first); throws an error naming the
   * sheets when no sheet can be chosen.
   */
  boolean finish() {
    if (chosen) {
      return false;
    }
    if (fallbackSheet >= 0 && forcedSheet < 0) {
      return true;
    }
    if (config.sheet() != null) {
      throw HeatmapException.input(
          source + ": no sheet \"" + config.sheet() + "\" (sheets: " + quoted(sheetNames) + ")");
    }
    if (sheetNames.isEmpty()) {
      throw HeatmapException.input(source + ": the workbook has no sheets");
    }
    if (config.field() != null) {
      throw HeatmapException.input(
          source
              + ": no sheet has a column \""
              + config.field()
              + "\" (sheets: "
              + quoted(sheetNames)
              + ")");
    }
    throw HeatmapException.input(
        source
            + ": no sheet has a timestamp column; name one with --field, or the sheet with"
            + " --sheet (sheets: "
            + quoted(sheetNames)
            + ")");
  }

  /** Prepares the second pass: read the sheet chosen by its column's name. */
  void retry() {
    forcedSheet = fallbackSheet;
    forcedColumn = fallbackColumn;
    header = fallbackHeader;
    sheetNames.clear();
    state = State.SKIPPING;
  }

  private void endRow() {
    if (row.number < 0 || row.size == 0) {
      row.clear();
      return;
    }
    if (state == State.SAMPLING) {
      sampled.add(row);
      row = new Row();
      row.number = -1;
      if (sampled.size() > FieldChooser.SAMPLE || sampledChars > MAX_SAMPLE_CHARS) {
        decide();
      }
      return;
    }
    if (state == State.STREAMING) {
      emit(row);
    }
    row.clear();
  }

  private void decide() {
    if (sampled.isEmpty()) {
      state = State.SKIPPING; // an empty sheet has no timestamp column
      return;
    }
    Row first = sampled.get(0);
    boolean hasHeader = !config.noHeader() && allText(first);
    int col;
    if (forcedColumn >= 0) {
      col = forcedColumn;
      hasHeader = header;
      diagnostics.note(fallbackNote);
    } else if (config.field() != null && isPair(config.field())) {
      // --field 'Date+Time': a date column and a time column read as one value.
      String[] names = config.field().text().split("\\+", 2);
      col = named(new FieldSpec(names[0].strip()), hasHeader ? first : null);
      int time = named(new FieldSpec(names[1].strip()), hasHeader ? first : null);
      if (col < 0 || time < 0) {
        if (config.sheet() != null) {
          throw HeatmapException.input(
              source
                  + ": sheet \""
                  + sheetName
                  + "\" has no column \""
                  + (col < 0 ? names[0].strip() : names[1].strip())
                  + "\" (columns: "
                  + FieldChooser.names(candidates(hasHeader))
                  + ")");
        }
        state = State.SKIPPING;
        return;
      }
      timeColumn = time;
      pairForced = true;
      diagnostics.note(
          "sheet \""
              + sheetName
              + "\": using columns \""
              + names[0].strip()
              + "\" + \""
              + names[1].strip()
              + "\" (--field)");
    } else if (config.field() != null) {
      col = named(config.field(), hasHeader ? first : null);
      if (col < 0) {
        if (config.sheet() != null) {
          throw HeatmapException.input(
              source
                  + ": sheet \""
                  + sheetName
                  + "\" has no column \""
                  + config.field()
                  + "\" (columns: "
                  + FieldChooser.names(candidates(hasHeader))
                  + ")");
        }
        state = State.SKIPPING;
        return;
      }
    } else {
      List<FieldChooser.Candidate> candidates = candidates(hasHeader);
      FieldChooser.Choice choice = FieldChooser.choose(candidates, config.judge());
      if (choice == null || choice.byName()) {
        if (choice != null && fallbackSheet < 0) {
          fallbackSheet = sheetNames.size() - 1;
          fallbackColumn = choice.candidate().position;
          fallbackHeader = hasHeader;
          fallbackNote = "sheet \"" + sheetName + "\": " + choice.note("column");
        }
        if (config.sheet() != null) {
          if (choice == null) {
            throw HeatmapException.input(
                source
                    + ": sheet \""
                    + sheetName
                    + "\" has no timestamp column; name one with --field (columns: "
                    + FieldChooser.names(candidates)
                    + ")");
          }
        } else {
          state = State.SKIPPING;
          return;
        }
      }
      col = choice.candidate().position;
      numericText = choice.numericText();
      String name = choice.candidate().name;
      if (hasHeader) {
        int i = first.find(col);
        if (i >= 0 && FieldChooser.isTimestamp(first.texts[i], config.judge())) {
          hasHeader = false; // the first row is data: a header is never a timestamp
          name = letters(col);
        }
      }
      String said = "sheet \"" + sheetName + "\": " + choice.note("column", name);
      timeColumn = choice.candidate().dateOnly() ? timeOnlyColumn(sampled, hasHeader, col) : -1;
      if (timeColumn >= 0) {
        int h = hasHeader ? first.find(timeColumn) : -1;
        String timeName =
            h >= 0 && first.kinds[h] == TEXT ? first.texts[h].strip() : letters(timeColumn);
        diagnostics.note(
            "sheet \""
                + sheetName
                + "\": using columns \""
                + name
                + "\" + \""
                + timeName
                + "\" (a date column and a time column)");
      } else if (choice.candidate().dateOnly()) {
        diagnostics.doubt(said); // a date-only column: loud
      } else {
        diagnostics.note(said);
      }
    }
    column = col;
    header = hasHeader;
    if (config.groupBy() != null) {
      groupColumn = named(config.groupBy(), header ? first : null);
      if (groupColumn < 0) {
        throw HeatmapException.input(
            source
                + ": sheet \""
                + sheetName
                + "\" has no column \""
                + config.groupBy()
                + "\" for --group-by");
      }
    }
    chosen = true;
    state = State.STREAMING;
    for (int i = header ? 1 : 0; i < sampled.size(); i++) {
      emit(sampled.get(i));
    }
    sampled.clear();
  }

  /** {@code --field 'Date+Time'}: two columns read as one value (as for CSV). */
  private static boolean isPair(FieldSpec spec) {
    String t = spec.text();
    int plus = t.indexOf('+');
    return plus > 0 && plus < t.length() - 1 && t.indexOf('+', plus + 1) < 0;
  }

  /**
   * The time of day of cell {@code t} as a fraction of a day: a time cell (a date serial under 1),
   * a bare number under 1 when the pair was named, or a text clock ({@code 14:05}, {@code
   * 14:05:09}, {@code 2:05 PM}); -1 when there is none.
   */
  private double timeFraction(Row r, int t) {
    if (t < 0) {
      return -1;
    }
    switch (r.kinds[t]) {
      case DATE:
        return r.numbers[t] >= 0 && r.numbers[t] < 1 ? r.numbers[t] : -1;
      case NUMBER:
        return pairForced && r.numbers[t] >= 0 && r.numbers[t] < 1 ? r.numbers[t] : -1;
      case TEXT:
        return ExcelDates.clockFraction(r.texts[t]);
      default:
        return -1;
    }
  }

  /** A time cell written out as {@code HH:MM:SS} text, for a date written as text; "" if none. */
  private String clockText(Row r, int t) {
    double f = timeFraction(r, t);
    if (f < 0) {
      return "";
    }
    long s = Math.round(f * 86_400);
    if (s >= 86_400) {
      s = 86_399;
    }
    long h = s / 3600;
    long m = s / 60 % 60;
    long sec = s % 60;
    return (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m + (sec < 10 ? ":0" : ":") + sec;
  }

  private static boolean allText(Row r) {
    for (int i = 0; i < r.size; i++) {
      if (r.kinds[i] != TEXT) {
        return false;
      }
    }
    return true;
  }

  /**
   * A column whose every sampled cell is a time of day alone (a date cell whose serial is under one
   * day), to read with the date-only column {@code dateColumn}; -1 when there is none. A time-only
   * cell is never read as a date on its own.
   */
  private static int timeOnlyColumn(List<Row> rows, boolean hasHeader, int dateColumn) {
    int width = 0;
    for (Row r : rows) {
      for (int i = 0; i < r.size; i++) {
        width = Math.max(width, r.columns[i] + 1);
      }
    }
    for (int c = 0; c < Math.min(width, MAX_SAMPLE_COLUMNS); c++) {
      if (c == dateColumn) {
        continue;
      }
      int times = 0;
      boolean all = true;
      for (int k = hasHeader ? 1 : 0; k < rows.size() && all; k++) {
        Row r = rows.get(k);
        int i = r.find(c);
        if (i < 0) {
          continue;
        }
        all =
            r.kinds[i] == DATE && r.numbers[i] >= 0 && r.numbers[i] < 1
                || r.kinds[i] == TEXT && ExcelDates.clockFraction(r.texts[i]) >= 0;
        times++;
      }
      if (all && times > 0) {
        return c;
      }
    }
    return -1;
  }

  /** The column a --field spelling names: a header (any case), else a column letter, else -1. */
  private static int named(FieldSpec spec, Row headerRow) {
    if (headerRow != null) {
      String key = spec.headerKey();
      for (int i = 0; i < headerRow.size; i++) {
        if (headerRow.kinds[i] == TEXT
            && headerRow.texts[i].strip().toLowerCase(Locale.ROOT).equals(key)) {
          return headerRow.columns[i];
        }
      }
    }
    return spec.column();
  }

  private List<FieldChooser.Candidate> candidates(boolean hasHeader) {
    int width = 0;
    for (Row r : sampled) {
      for (int i = 0; i < r.size; i++) {
        width = Math.max(width, r.columns[i] + 1);
      }
    }
    width = Math.min(width, MAX_SAMPLE_COLUMNS);
    Row first = sampled.get(0);
    List<FieldChooser.Candidate> list = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      int h = hasHeader ? first.find(c) : -1;
      String name = h >= 0 && !first.texts[h].isBlank() ? first.texts[h].strip() : letters(c);
      FieldChooser.Candidate cand = new FieldChooser.Candidate(name, c);
      boolean any = false;
      for (int r = hasHeader ? 1 : 0; r < sampled.size(); r++) {
        Row row = sampled.get(r);
        int i = row.find(c);
        if (i < 0) {
          continue;
        }
        any = true;
        switch (row.kinds[i]) {
          case DATE:
            if (ExcelDates.wallEpochSecond(row.numbers[i], false) != ExcelDates.INVALID) {
              cand.date(row.numbers[i] == Math.floor(row.numbers[i]));
            } else {
              cand.other();
            }
            break;
          case NUMBER:
            cand.number(row.numbers[i]);
            break;
          case TEXT:
            if (!row.texts[i].isBlank()) {
              cand.text(row.texts[i]);
            }
            break;
          default:
            cand.other();
        }
      }
      if (any || h >= 0) {
        list.add(cand);
      }
    }
    return list;
  }

  /** The column letters of a 0-based column: A, Z, AA. */
  static String letters(int col) {
    StringBuilder sb = new StringBuilder();
    for (int c = col + 1; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  private void emit(Row r) {
    String group = null;
    if (groupColumn >= 0) {
      int g = r.find(groupColumn);
      group =
          Groups.name(
              g < 0
                  ? null
                  : r.kinds[g] == TEXT ? r.texts[g] : numberText(r.kinds[g], r.numbers[g]));
    }
    long line = r.number;
    int i = r.find(column);
    if (i < 0) {
      sink.skip(group, line, SkipReason.EMPTY, null);
      return;
    }
    if (timeColumn >= 0 && r.kinds[i] == TEXT && !r.texts[i].isBlank()) {
      // A date written as text beside its time: the two read as one text value.
      int t = r.find(timeColumn);
      String clock = t < 0 ? "" : r.kinds[t] == TEXT ? r.texts[t].strip() : clockText(r, t);
      if (clock.isEmpty()) {
        sink.skip(group, line, SkipReason.EMPTY, "no time in column " + letters(timeColumn));
      } else {
        sink.text(r.texts[i].strip() + " " + clock, group, line);
      }
      return;
    }
    switch (r.kinds[i]) {
      case DATE:
        double serial = r.numbers[i];
        if (timeColumn >= 0) {
          double fraction = timeFraction(r, r.find(timeColumn));
          if (fraction < 0) {
            // Never silent: a row of the pair without its time is not put at midnight.
            sink.skip(group, line, SkipReason.EMPTY, "no time in column " + letters(timeColumn));
            return;
          }
          serial = Math.floor(serial) + fraction;
        }
        long wall = ExcelDates.wallEpochSecond(serial, date1904);
        if (wall == ExcelDates.INVALID) {
          sink.skip(group, line, SkipReason.OUT_OF_RANGE, "date serial " + r.numbers[i]);
        } else {
          sink.wallTime(wall, group, line);
        }
        return;
      case NUMBER:
        sink.number(r.numbers[i], group, line);
        return;
      case TEXT:
        String s = r.texts[i];
        if (s.isBlank()) {
          sink.skip(group, line, SkipReason.EMPTY, null);
          return;
        }
        if (numericText) {
          double v = NumberText.parse(s);
          if (!Double.isNaN(v)) {
            sink.number(v, group, line);
            return;
          }
        }
        sink.text(s, group, line);
        return;
      case BOOLEAN:
        sink.skip(group, line, SkipReason.NOT_A_TIMESTAMP, "a TRUE/FALSE cell");
        return;
      default:
        sink.skip(group, line, SkipReason.NOT_A_TIMESTAMP, "an error cell");
    }
  }

  private static String numberText(byte kind, double v) {
    if (kind == BOOLEAN) {
      return v != 0 ? "TRUE" : "FALSE";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < names.size() && i < 20; i++) {
      sb.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
    }
    return sb.toString();
  }
}
