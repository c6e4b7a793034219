package dev.heatmap.input.csv;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.Boundary;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.LineTooLongException;
import dev.heatmap.input.bytes.RecordLimitReader;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Delimiters;
import dev.heatmap.input.extract.ExportProfile;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.FieldChooser;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Groups;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.NumberText;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Delimited text through Apache Commons CSV: quoted fields may hold delimiters, quotes and line
 * breaks; a UTF-8 BOM and CRLF line ends are taken in stride. The delimiter is detected among
 * {@code , ; TAB |} from the first lines (a {@code .tsv} name means TAB) unless {@code --delimiter}
 * forces one; the first row is the header unless {@code --no-header} is given or the chosen
 * column's first value is itself a timestamp. A row whose timestamp cell is empty or missing is
 * skipped and counted.
 */
public final class CsvExtractor implements Extractor, Splittable {
  private final InputConfig config;
  private final Diagnostics diagnostics;

  public CsvExtractor(InputConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /** Where the values are: which column, which group column, whether row 1 is a header. */
  private record Layout(
      int column,
      int groupColumn,
      boolean header,
      boolean numericText,
      int timeColumn,
      int zoneColumn,
      boolean monthFirstSlashes) {
    Layout(int column, int groupColumn, boolean header, boolean numericText) {
      this(column, groupColumn, header, numericText, -1, -1, false);
    }

    /** Whether the timestamp is a date column and a time column read together. */
    boolean combined() {
      return timeColumn >= 0;
    }
  }

  /** What was chosen from the start of one input. */
  private record Setup(CSVFormat format, char delimiter, Layout layout, String[] first) {}

  /** The delimiter, format and layout, noting the choice; null for an input with no records. */
  private Setup setup(Input input) throws IOException {
    byte[] ahead = input.peek(Input.LOOKAHEAD);
    String text = TextDecoder.decode(ahead, ahead.length);
    char delimiter = delimiter(input, text);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setTrailingData(true)
            .setAllowMissingColumnNames(true)
            .get();
    List<String[]> sample = sample(text, format, ahead.length < Input.LOOKAHEAD);
    if (sample.isEmpty()) {
      return null; // an empty file has no records
    }
    return new Setup(format, delimiter, layout(input, sample), sample.get(0));
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    Setup setup = setup(input);
    if (setup != null) {
      sampleFurther(input, setup, sink);
      int count = -1;
      if (config.countField() != null) {
        count =
            column(
                input,
                config.countField(),
                setup.layout().header() ? setup.first() : null,
                "--count-field");
        diagnostics.note(
            "pre-aggregated: each row counts the events in column "
                + (setup.layout().header()
                    ? "\"" + setup.first()[count].strip() + "\""
                    : Integer.toString(count + 1))
                + " at its timestamp (--count-field)");
      }
      read(input, setup.format(), setup.layout(), sink, count);
    }
  }

  /**
   * The events a pre-aggregated row counts: its count cell as a whole number of zero or more, or -1
   * when the cell is empty or not one.
   */
  static long events(String cell) {
    if (cell == null) {
      return -1;
    }
    String c = cell.strip();
    if (c.isEmpty() || c.length() > 18) {
      return -1;
    }
    int end = c.length();
    if (c.endsWith(".0")) {
      end -= 2; // a count a spreadsheet or a float column spelled 12.0
    }
    long n = 0;
    for (int i = 0; i < end; i++) {
      char ch = c.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      n = n * 10 + (ch - '0');
    }
    return end == 0 ? -1 : n;
  }

  /** How many bytes are read at the middle and at the end of a file for the format decision. */
  private static final int FURTHER = 64 * 1024;

  /**
   * Offers the timestamp cells of rows from the middle and the end of a file larger than the
   * look-ahead to the sink's format decision (a day-first file whose first thousand days are all 12
   * or less is still read day-first). A row cut by the start of a chunk is dropped.
   */
  private static void sampleFurther(Input input, Setup setup, RecordSink sink) throws IOException {
    Layout layout = setup.layout();
    if (input.file() == null || layout.combined()) {
      return;
    }
    long size = Files.size(input.file());
    if (size <= 2L * FURTHER) {
      return;
    }
    try (java.nio.channels.FileChannel ch =
        java.nio.channels.FileChannel.open(input.file(), java.nio.file.StandardOpenOption.READ)) {
      for (long at : new long[] {size / 2, size - FURTHER}) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(FURTHER);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
          // fill the chunk
        }
        String text = TextDecoder.decode(buf.array(), buf.position());
        int nl = text.indexOf('\n');
        int last = text.lastIndexOf('\n');
        if (nl < 0 || last <= nl) {
          continue;
        }
        text = text.substring(nl + 1, last);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), setup.format())) {
          for (CSVRecord r : parser) {
            if (layout.column() < r.size()) {
              sink.sample(r.get(layout.column()));
            }
          }
        } catch (IOException | UncheckedIOException e) {
          // a chunk that starts inside a quoted field: what was read before it still helps
        }
      }
    }
  }

  @Override
  public FileParts parts(Input input) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    if (input.seekable() == null || !TextDecoder.isUtf8(bom)) {
      return null;
    }
    if (config.delimiter() != null && config.delimiter() > 0x7f) {
      return null; // a delimiter of several bytes: Commons CSV reads it
    }
    if (config.countField() != null) {
      return null; // pre-aggregated rows (few, by nature): Commons CSV reads their counts
    }
    Setup setup = setup(input);
    if (setup == null) {
      return null;
    }
    Layout layout = setup.layout();
    if (layout.combined() || layout.groupColumn() == NO_GROUP_VALUE) {
      return null; // two cells make one value, or no cell the group: Commons CSV reads the rows
    }
    int max = config.maxLineLength();
    return new FileParts(
        input,
        bom.length(),
        input.seekable().size(),
        Boundary.FILLED_LINE,
        (sink, first) -> {
          if (first) {
            try {
              sampleFurther(input, setup, sink);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return new CsvScanner(
              sink,
              setup.delimiter(),
              layout.column(),
              layout.groupColumn(),
              layout.numericText(),
              first && layout.header(),
              max);
        },
        FileParts.Check.NONE);
  }

  private char delimiter(Input input, String text) {
    if (config.delimiter() != null) {
      return config.delimiter();
    }
    if (InputType.isTsvName(input.name())) {
      return '\t';
    }
    char d = Delimiters.detect(text, false);
    return d == 0 ? ',' : d;
  }

  /** The first rows of the look-ahead; a last row the look-ahead may have cut is dropped. */
  private List<String[]> sample(String text, CSVFormat format, boolean whole) {
    List<String[]> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord r : parser) {
        String[] values = r.values();
        if (values.length > 0 && values[0].startsWith("\ufeff")) {
          values[0] = values[0].substring(1);
        }
        rows.add(values);
        if (rows.size() > FieldChooser.SAMPLE + 1) {
          return rows;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return dropLast(rows, true); // the look-ahead ended inside a quoted field
    }
    return dropLast(rows, !whole);
  }

  private static List<String[]> dropLast(List<String[]> rows, boolean drop) {
    if (drop && rows.size() > 1) {
      rows.remove(rows.size() - 1);
    }
    return rows;
  }

  private Layout layout(Input input, List<String[]> sample) {
    boolean header = !config.noHeader();
    String[] first = sample.get(0);
    int column;
    boolean numericText = false;
    ExportProfile profile =
        config.field() == null && header ? ExportProfile.recogniseHeader(List.of(first)) : null;
    if (profile != null) {
      return profileLayout(input, profile, first);
    }
    if (config.field() != null && isPair(config.field())) {
      String[] names = config.field().text().split("\\+", 2);
      int date = column(input, new FieldSpec(names[0].strip()), header ? first : null, "--field");
      int time = column(input, new FieldSpec(names[1].strip()), header ? first : null, "--field");
      return new Layout(
          date, groupColumn(input, header, first, null), header, false, time, -1, false);
    }
    if (config.field() == null) {
      Layout pair = datePlusTime(input, sample, header);
      if (pair != null) {
        return pair;
      }
    }
    if (config.field() != null) {
      column = column(input, config.field(), header ? first : null, "--field", sample);
    } else {
      List<FieldChooser.Candidate> candidates = candidates(sample, header);
      FieldChooser.Choice choice = FieldChooser.choose(candidates, config.judge());
      if (choice == null) {
        throw HeatmapException.input(
            input.name()
                + ": no column holds timestamps; name one with --field (columns: "
                + FieldChooser.names(candidates)
                + ")");
      }
      column = choice.candidate().position;
      numericText = choice.numericText();
      String name = choice.candidate().name;
      if (header
          && column < first.length
          && FieldChooser.isTimestamp(first[column], config.judge())) {
        header = false; // the first row is data: a header is never a timestamp
        name = "column " + (column + 1);
      }
      if (choice.candidate().dateOnly()) {
        diagnostics.doubt(choice.note("column", name)); // a date-only column: loud
      } else {
        diagnostics.note(choice.note("column", name));
      }
      String rival = FieldChooser.disagreement(choice, candidates, config.judge(), "column");
      if (rival != null && header) {
        diagnostics.doubt(rival);
      }
    }
    return new Layout(column, groupColumn(input, header, first, null), header, numericText);
  }

  private int groupColumn(Input input, boolean header, String[] first, ExportProfile profile) {
    if (config.groupBy() == null) {
      return -1;
    }
    FieldSpec g = config.groupBy();
    if (profile != null && g.text().equalsIgnoreCase("actor")) {
      if (profile.actor() == null) {
        diagnostics.caution(
            profile.title()
                + " has no actor column: every row is in (none); name one with --group-by");
        return NO_GROUP_VALUE;
      }
      g = new FieldSpec(profile.actor().get(0));
    }
    return column(input, g, header ? first : null, "--group-by");
  }

  /** The group column of grouping with no column to read: every row is in (none). */
  private static final int NO_GROUP_VALUE = -2;

  /** {@code --field 'Date+Time'}: two columns read as one value. */
  private static boolean isPair(FieldSpec spec) {
    String t = spec.text();
    int plus = t.indexOf('+');
    return plus > 0 && plus < t.length() - 1 && t.indexOf('+', plus + 1) < 0;
  }

  /** The layout an export profile names, noting the profile. */
  private Layout profileLayout(Input input, ExportProfile profile, String[] first) {
    String time = profile.time().get(0);
    int group = groupColumn(input, true, first, profile);
    Layout layout;
    if (time.contains("+")) {
      String[] names = time.split("\\+", 2);
      int date = column(input, new FieldSpec(names[0]), first, "--field");
      int clock = column(input, new FieldSpec(names[1]), first, "--field");
      int zone = profile == ExportProfile.PLASO_L2TCSV ? headerIndex(first, "timezone") : -1;
      layout = new Layout(date, group, true, false, clock, zone, true);
    } else {
      layout = new Layout(column(input, new FieldSpec(time), first, "--field"), group, true, false);
    }
    diagnostics.note(
        profile.title()
            + ": using column \""
            + time
            + "\""
            + (profile == ExportProfile.PLASO_L2TCSV
                ? " (dates month-first, MM/DD/YYYY, in the timezone column's zone)"
                : ""));
    return layout;
  }

  private static int headerIndex(String[] header, String name) {
    for (int c = 0; c < header.length; c++) {
      if (header[c].strip().equalsIgnoreCase(name)) {
        return c;
      }
    }
    return -1;
  }

  /**
   * A date column and a time column side by side (IIS, VPN and firewall exports, Plaso l2tcsv) when
   * no column holds whole timestamps: every sampled value of one is a date alone, of the next (or
   * another) a time alone. Noted; null when there is no such pair.
   */
  private Layout datePlusTime(Input input, List<String[]> sample, boolean header) {
    if (!header || sample.size() < 2) {
      return null;
    }
    String[] first = sample.get(0);
    int width = first.length;
    int date = -1;
    int time = -1;
    for (int c = 0; c < width && c < 1024; c++) {
      boolean allDates = true;
      boolean allTimes = true;
      int seen = 0;
      for (int r = 1; r < sample.size(); r++) {
        String[] row = sample.get(r);
        String v = c < row.length ? row[c].strip() : "";
        if (v.isEmpty()) {
          continue;
        }
        seen++;
        allDates &= DateOrTime.isDateOnly(v);
        allTimes &= DateOrTime.isTimeOnly(v);
      }
      if (seen == 0) {
        continue;
      }
      if (allDates && date < 0) {
        date = c;
      } else if (allTimes && time < 0) {
        time = c;
      }
    }
    if (date < 0 || time < 0) {
      return null;
    }
    String[] row = sample.get(1);
    for (int c = 0; c < row.length && c < 1024; c++) {
      if (c != date
          && c != time
          && !row[c].isBlank()
          && FieldChooser.isTimestamp(row[c], config.judge())) {
        return null; // a column with whole timestamps is the time
      }
    }
    diagnostics.note(
        "using columns \""
            + first[date].strip()
            + "\" + \""
            + first[time].strip()
            + "\" (a date column and a time column; give --field to choose others)");
    return new Layout(date, groupColumn(input, true, first, null), true, false, time, -1, false);
  }

  private List<FieldChooser.Candidate> candidates(List<String[]> sample, boolean header) {
    int width = 0;
    for (String[] row : sample) {
      width = Math.max(width, row.length);
    }
    width = Math.min(width, 1024);
    List<FieldChooser.Candidate> list = new ArrayList<>();
    String[] first = sample.get(0);
    for (int c = 0; c < width; c++) {
      String name =
          header && c < first.length && !first[c].isBlank()
              ? first[c].strip()
              : "column " + (c + 1);
      FieldChooser.Candidate cand = new FieldChooser.Candidate(name, c);
      for (int r = header ? 1 : 0; r < sample.size(); r++) {
        String[] row = sample.get(r);
        if (c < row.length && !row[c].isBlank()) {
          cand.text(row[c]);
        }
      }
      list.add(cand);
    }
    return list;
  }

  /** {@link #column(Input, FieldSpec, String[], String, List)}, the header row as the sample. */
  private int column(Input input, FieldSpec spec, String[] header, String option) {
    if (header == null && spec.index() >= 0) {
      return spec.index(); // no row to check it against: a cell past a row's end reads as empty
    }
    List<String[]> sample = new ArrayList<>();
    if (header != null) {
      sample.add(header);
    }
    return column(input, spec, header, option, sample);
  }

  /** The 0-based column {@code spec} names: a header name (any case) or a 1-based index. */
  private int column(
      Input input, FieldSpec spec, String[] header, String option, List<String[]> sample) {
    if (header != null) {
      String key = spec.headerKey();
      for (int c = 0; c < header.length; c++) {
        if (header[c].strip().toLowerCase(Locale.ROOT).equals(key)) {
          return c;
        }
      }
    }
    int index = spec.index();
    int width = 0;
    for (String[] row : sample) {
      width = Math.max(width, row.length);
    }
    if (index >= 0 && index < width) {
      return index;
    }
    if (index >= 0) {
      // One message now, instead of an "empty value" for every record.
      throw HeatmapException.input(
          input.name()
              + ": "
              + option
              + " "
              + spec
              + ": there is no column "
              + (index + 1)
              + ", the rows have "
              + width
              + (width == 1 ? " column (" : " columns (")
              + FieldChooser.names(candidates(sample, header != null))
              + ")");
    }
    if (header == null) {
      throw HeatmapException.input(
          input.name()
              + ": "
              + option
              + " \""
              + spec
              + "\" must be a column number (1, 2, …) when there is no header row");
    }
    List<FieldChooser.Candidate> named = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      named.add(new FieldChooser.Candidate(header[c].strip(), c));
    }
    throw HeatmapException.input(
        input.name()
            + ": no column \""
            + spec
            + "\" (columns, nearest first: "
            + FieldChooser.nearest(spec.text(), named)
            + ")");
  }

  private void read(Input input, CSVFormat format, Layout layout, RecordSink sink, int countColumn)
      throws IOException {
    Reader decoded = TextDecoder.reader(input.stream());
    RecordLimitReader limited = new RecordLimitReader(decoded, config.maxLineLength());
    long start = 1;
    try (CSVParser parser = CSVParser.parse(limited, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean skipHeader = layout.header();
      // Hot path: one CSVRecord per row (Commons CSV's own), no regex, no boxing.
      while (true) {
        limited.startRecord(start);
        if (!records.hasNext()) {
          break;
        }
        CSVRecord r = records.next();
        long line = start;
        start = parser.getCurrentLineNumber() + 1;
        if (skipHeader) {
          skipHeader = false;
          continue;
        }
        String group = null;
        if (layout.groupColumn() >= 0) {
          group = Groups.name(layout.groupColumn() < r.size() ? r.get(layout.groupColumn()) : null);
        } else if (layout.groupColumn() == NO_GROUP_VALUE) {
          group = Groups.NONE;
        }
        String value = layout.column() < r.size() ? r.get(layout.column()) : null;
        if (countColumn >= 0) {
          String cell = countColumn < r.size() ? r.get(countColumn) : null;
          long n = events(cell);
          if (n < 0) {
            sink.skip(
                group,
                line,
                SkipReason.MALFORMED,
                "count "
                    + (cell == null ? "missing" : "\"" + cell + "\"")
                    + " is not a number of events");
            continue;
          }
          if (n == 0) {
            continue; // a bucket with no events: nothing to count
          }
          sink.count(n);
        }
        if (layout.combined() && value != null && !value.isBlank()) {
          String clock = layout.timeColumn() < r.size() ? r.get(layout.timeColumn()) : "";
          String zone =
              layout.zoneColumn() >= 0 && layout.zoneColumn() < r.size()
                  ? r.get(layout.zoneColumn())
                  : null;
          value =
              layout.monthFirstSlashes()
                  ? DateOrTime.isoFromMonthFirst(value, clock, zone)
                  : value.strip() + " " + clock.strip();
        }
        if (value == null || value.isBlank()) {
          sink.skip(group, line, SkipReason.EMPTY, null);
        } else if (layout.numericText()) {
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
    } catch (UncheckedIOException e) {
      throw failure(input, start, e.getCause());
    } catch (IOException e) {
      throw failure(input, start, e);
    }
  }

  private HeatmapException failure(Input input, long line, IOException e) {
    if (e instanceof LineTooLongException tooLong) {
      return HeatmapException.input(
          input.name()
              + ":"
              + tooLong.line()
              + ": record longer than "
              + config.maxLineLength()
              + " characters (an unclosed quote?); not read further (see --max-line-length)");
    }
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (why.contains("EOF reached before encapsulated token finished")) {
      why = "a quoted field is not closed before the end of the file";
    }
    return HeatmapException.input(input.name() + ":" + line + ": malformed CSV: " + why, e);
  }
}
