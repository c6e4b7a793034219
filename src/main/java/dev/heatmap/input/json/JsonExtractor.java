package dev.heatmap.input.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.Boundary;
import dev.heatmap.input.bytes.ByteReader;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.LineReader;
import dev.heatmap.input.bytes.LineTooLongException;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.ExportProfile;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.FieldChooser;
import dev.heatmap.input.extract.FieldSpec;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.ReadProgress;
import dev.heatmap.input.text.TextExtractor;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * JSON through Jackson's streaming parser, never a tree: JSON lines (one value per line; a
 * malformed line is skipped, counted and reported with its line number, and later lines still
 * count), a top-level array, root values one after another, pretty-printed or not (the ContiLeaks
 * files), and nested exports (Matrix, Telegram) where the records sit deep inside one object.
 *
 * <p>Outside JSON lines a syntax error ends the file with its line and column; the records before
 * it still count. The parser's limits (nesting depth, name, number and string length) make hostile
 * input an error for that file, not a crash. {@code NaN}, {@code Infinity} and numbers too large to
 * be an epoch are read and then skipped and counted as out of range.
 */
public final class JsonExtractor implements Extractor, Splittable {
  /** The most distinct keys sampled when choosing the timestamp key. */
  private static final int MAX_SAMPLED_KEYS = 1000;

  /** How many lines decide whether a file is JSON lines. */
  private static final int LAYOUT_LINES = 8;

  private final InputConfig config;
  private final Diagnostics diagnostics;

  public JsonExtractor(InputConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /** The factory that reads look-aheads, made once (a factory is costly to make, and shared). */
  private static final class Sampling {
    static final JsonFactory FACTORY = factory(Input.LOOKAHEAD);
  }

  /** A parser factory with limits fit for hostile input; {@code maxString} caps values read. */
  static JsonFactory factory(int maxString) {
    return new JsonFactoryBuilder()
        .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(JsonRecords.MAX_DEPTH)
                .maxStringLength(maxString)
                .maxNumberLength(1000)
                .maxNameLength(64 * 1024)
                .build())
        .build();
  }

  /**
   * What was chosen from the start of one input.
   *
   * @param lines whether it is JSON lines
   * @param ts the timestamp's path
   * @param numericText whether its text values are epoch numbers written as text
   */
  private record Setup(
      boolean lines,
      JsonPath ts,
      boolean numericText,
      RecordShape shape,
      JsonPath group,
      ExportProfile profile) {}

  /**
   * The start of an input, decoded for sampling. Most inputs are decided within their first few
   * kilobytes, so the text is decoded in two steps: a prefix that ends after a line break (no JSON
   * token spans one), and the whole look-ahead only when the prefix did not decide. Reading the
   * prefix first gives what reading the whole would, because the tokens and lines up to its end are
   * the same.
   */
  private static final class Ahead {
    /** How many bytes the prefix takes at most. */
    private static final int PREFIX = 64 * 1024;

    final byte[] bytes;
    final boolean whole;
    final boolean prelude;
    private String prefix;
    private String text;
    private JsonShape shape;

    private Ahead(byte[] bytes, boolean whole) {
      this.bytes = bytes;
      this.whole = whole;
      this.prelude = JsonPrelude.present(bytes, bytes.length);
    }

    static Ahead of(Input input) throws IOException {
      byte[] bytes = input.peek(Input.LOOKAHEAD);
      return new Ahead(bytes, bytes.length < Input.LOOKAHEAD);
    }

    /** The whole look-ahead's text. */
    String text() {
      if (text == null) {
        text = TextDecoder.decode(bytes, bytes.length);
        if (prelude) {
          text = JsonPrelude.clean(text);
        }
      }
      return text;
    }

    /** The structure of the look-ahead. */
    JsonShape shape(boolean lines) {
      if (shape == null) {
        shape = JsonShape.of(Sampling.FACTORY, text(), lines);
      }
      return shape;
    }

    /** The text of the prefix, or null when the prefix would be the whole look-ahead. */
    String prefix() {
      if (prefix == null && bytes.length > PREFIX && !prelude) {
        TextDecoder.Bom bom = TextDecoder.bom(bytes, bytes.length);
        int cut = PREFIX - 1;
        while (cut >= 0 && bytes[cut] != '\n') {
          cut--;
        }
        if (TextDecoder.isUtf8(bom) && cut > bom.length()) {
          prefix = TextDecoder.decode(bytes, cut + 1);
        }
      }
      return prefix;
    }

    boolean lines(Input input) {
      if (InputType.isJsonLinesName(input.name())) {
        return true;
      }
      String start = prefix();
      if (start != null) {
        Boolean decided = looksLikeLines(start, true, true);
        if (decided != null) {
          return decided;
        }
      }
      return looksLikeLines(text(), whole, false);
    }

    /** Per key name, the first values of the look-ahead. */
    List<FieldChooser.Candidate> sample(boolean lines) {
      String start = prefix();
      if (start != null) {
        Sample byName = JsonExtractor.sample(start, lines, true);
        if (byName.full) {
          return new ArrayList<>(byName.values());
        }
      }
      return new ArrayList<>(JsonExtractor.sample(text(), lines, whole).values());
    }
  }

  /**
   * Chooses the timestamp key (noting the choice), or returns null when no object has a value at
   * all: then there is nothing to count.
   */
  private Setup setup(Input input, Ahead ahead, boolean lines) {
    if (config.groupBy() != null) {
      checkGroupKey(ahead.sample(lines));
    }
    if (config.field() != null) {
      return new Setup(lines, new JsonPath(config.field()), false, null, group(null), null);
    }
    JsonShape shape = ahead.shape(lines);
    ExportProfile profile = ExportProfile.recognise(shape);
    if (profile != null) {
      return new Setup(
          lines,
          JsonPath.ofSegments(profile.time()),
          profile.numericText(),
          RecordShape.of(profile),
          group(profile),
          profile);
    }
    List<FieldChooser.Candidate> candidates = ahead.sample(lines);
    if (candidates.isEmpty()) {
      return null;
    }
    for (FieldChooser.Candidate c : candidates) {
      c.depth = shape.depthOf(c.name);
    }
    FieldChooser.Choice choice = FieldChooser.choose(candidates, config.judge());
    if (choice == null) {
      throw HeatmapException.input(
          input.name()
              + ": no key holds timestamps; name one with --field (keys: "
              + FieldChooser.names(candidates)
              + ")");
    }
    RecordShape records = shape.recordsOf(choice.candidate().name);
    boolean nested =
        records != null && (records.patterns().size() > 1 || records.patterns().get(0).size() > 1);
    String where = nested ? "; records: " + records.describe() : "";
    String note = choice.note("key");
    String said = note.substring(0, note.length() - 1) + where + ")";
    if (choice.candidate().dateOnly()) {
      diagnostics.doubt(said);
    } else {
      diagnostics.note(said);
    }
    String rival = FieldChooser.disagreement(choice, candidates, config.judge(), "key");
    if (rival != null) {
      diagnostics.doubt(rival);
    }
    return new Setup(
        lines,
        JsonPath.key(choice.candidate().name),
        choice.numericText(),
        records,
        group(null),
        null);
  }

  /**
   * The group path: {@code --group-by actor} is the profile's actor field when a profile is
   * recognised; any other spelling is the path it names.
   */
  private JsonPath group(ExportProfile profile) {
    FieldSpec g = config.groupBy();
    if (g == null) {
      return null;
    }
    if (profile != null && profile.actor() != null && g.text().equalsIgnoreCase("actor")) {
      return JsonPath.ofSegments(profile.actor());
    }
    return new JsonPath(g);
  }

  /**
   * Cautions when no sampled object has the {@code --group-by} key, naming the keys there are: the
   * run would otherwise put every record in "(none)" without a word.
   */
  private void checkGroupKey(List<FieldChooser.Candidate> candidates) {
    if (candidates.isEmpty()) {
      return;
    }
    List<String> segments = config.groupBy().segments();
    String key = segments.get(segments.size() - 1);
    for (FieldChooser.Candidate c : candidates) {
      if (c.name.equals(key)) {
        return;
      }
    }
    diagnostics.caution(
        "no sampled object has --group-by \""
            + config.groupBy()
            + "\" (keys, nearest first: "
            + FieldChooser.nearest(key, candidates)
            + ")");
  }

  private JsonRecords records(Setup setup) {
    return new JsonRecords(setup.ts(), setup.group(), setup.numericText(), setup.shape());
  }

  /** The note that names the profile and what was counted, said when the input is read. */
  private void noteProfile(Input input, Setup setup, long records, long apart) {
    ExportProfile p = setup.profile();
    if (p == null) {
      return;
    }
    diagnostics.note(
        p.title()
            + ": "
            + p.describeTime()
            + ", "
            + records
            + " "
            + p.noun()
            + (apart > 0 ? " (" + apart + " service messages not counted)" : ""));
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    Ahead ahead = Ahead.of(input);
    Setup setup = setup(input, ahead, ahead.lines(input));
    if (setup == null) {
      return; // no object with a value at all: nothing to count
    }
    if (setup.lines()) {
      sampleFurther(input, setup, sink);
    }
    JsonRecords records = records(setup);
    boolean anyValue =
        setup.lines()
            ? readLines(input, records, sink)
            : readStream(input, records, sink, ahead.prelude);
    noteProfile(input, setup, records.records(), records.apart());
    check(input, ahead, setup, records.records(), anyValue);
  }

  /** How many bytes are read at the middle and at the end of a file for the checks below. */
  private static final int FURTHER = 64 * 1024;

  /** The share of lines sampled further on without the chosen key that is said. */
  static final double MISSING_FURTHER = 0.05;

  /**
   * JSON lines: the lines of the middle and the end of a file larger than the look-ahead are
   * checked against the key chosen from its start, and their values under it join the format
   * decision. Never silent: when 5 % or more of those lines do not hold the key at all (and 5
   * points more than of the lines at the start), records there would not be counted (an object
   * without the key is no record), so it is said as a caution naming the keys they hold, with the
   * flag that names another. A line cut by a chunk's start is dropped.
   */
  private void sampleFurther(Input input, Setup setup, RecordSink sink) throws IOException {
    byte[] head = input.head();
    if (input.file() == null || !TextDecoder.isUtf8(TextDecoder.bom(head, head.length))) {
      return; // read as UTF-8 chunks: a file in another encoding is checked by its start only
    }
    long size = Files.size(input.file());
    if (size <= 2L * FURTHER || size <= head.length) {
      return;
    }
    List<String> segments = new FieldSpec(setup.ts().toString()).segments();
    String key = segments.get(segments.size() - 1);
    String quoted = "\"" + key + "\"";
    int lines = 0;
    int without = 0;
    Sample keys = new Sample();
    StringBuilder missing = new StringBuilder();
    try (FileChannel ch = FileChannel.open(input.file(), StandardOpenOption.READ)) {
      for (long at : new long[] {size / 2, size - FURTHER}) {
        ByteBuffer buf = ByteBuffer.allocate(FURTHER);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
          // fill the chunk
        }
        String text = TextDecoder.decode(buf.array(), buf.position());
        int nl = text.indexOf('\n');
        int last = text.lastIndexOf('\n');
        if (nl < 0 || last <= nl) {
          continue;
        }
        for (String line : text.substring(nl + 1, last).split("\n")) {
          String t = line.strip();
          if (!t.startsWith("{")) {
            continue;
          }
          lines++;
          if (!t.contains(quoted)) {
            without++;
            if (missing.length() < 4096) {
              missing.append(t).append('\n');
            }
          }
        }
        FieldChooser.Candidate c = sample(text.substring(nl + 1, last), true, false).get(key);
        if (c != null) {
          for (String v : c.texts()) {
            sink.sample(v);
          }
        }
      }
    }
    if (setup.profile() != null || config.field() != null || lines == 0) {
      return;
    }
    // Lines without the key at the start too (other kinds of lines, broken ones) are the input's
    // way: only a share markedly above the start's is a key that changed.
    int headLines = 0;
    int headWithout = 0;
    String start = TextDecoder.decode(head, head.length);
    int cut = start.lastIndexOf('\n');
    for (String line : (cut < 0 ? "" : start.substring(0, cut)).split("\n")) {
      String t = line.strip();
      if (t.startsWith("{")) {
        headLines++;
        headWithout += t.contains(quoted) ? 0 : 1;
      }
    }
    double share = (double) without / lines;
    double atStart = headLines == 0 ? 0 : (double) headWithout / headLines;
    if (without > 0 && share >= MISSING_FURTHER && share >= atStart + MISSING_FURTHER) {
      keys.putAll(sample(missing.toString(), true, false));
      diagnostics.doubt(
          without
              + " of "
              + lines
              + " lines sampled from the middle and end of the file have no key \""
              + key
              + "\" (chosen from its start), so their records are not counted"
              + (keys.isEmpty()
                  ? ""
                  : "; they hold " + FieldChooser.names(new ArrayList<>(keys.values())))
              + ": name one with --field");
    }
  }

  /**
   * The whole-input check: values, but no object with the timestamp key, is an error that names the
   * keys there are, nearest first.
   */
  private static void check(Input input, Ahead ahead, Setup setup, long records, boolean anyValue) {
    if (anyValue && records == 0) {
      List<FieldChooser.Candidate> keys = ahead.sample(setup.lines());
      List<String> segments = new FieldSpec(setup.ts().toString()).segments();
      throw HeatmapException.input(
          input.name()
              + ": no object holds \""
              + setup.ts()
              + "\""
              + (keys.isEmpty()
                  ? ""
                  : " (keys, nearest first: "
                      + FieldChooser.nearest(segments.get(segments.size() - 1), keys)
                      + ")"));
    }
  }

  @Override
  public FileParts parts(Input input) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    if (input.seekable() == null || !TextDecoder.isUtf8(bom)) {
      return null;
    }
    Ahead ahead = Ahead.of(input);
    if (ahead.prelude) {
      return null; // the prelude is blanked by a stream, read whole
    }
    boolean lines = ahead.lines(input);
    if (!lines
        && !ahead.whole
        && Boundary.ROOT_OBJECT.first(ahead.bytes, 0, 0, ahead.bytes.length) < 0) {
      return null; // one big document (or an array): Jackson streams it
    }
    Setup setup = setup(input, ahead, lines);
    if (setup == null || (setup.shape() != null && setup.shape().filterKey() != null)) {
      return null; // records counted apart are counted by one reader
    }
    int max = config.maxLineLength();
    return new FileParts(
        input,
        bom.length(),
        input.seekable().size(),
        lines ? Boundary.LINE : Boundary.ROOT_OBJECT,
        lines
            ? (sink, first) -> {
              if (first) {
                try {
                  sampleFurther(input, setup, sink);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              }
              return new JsonLinesScanner(records(setup), sink, max, false);
            }
            : (sink, first) -> new JsonStreamScanner(records(setup), sink, max),
        (records, any) -> {
          noteProfile(input, setup, records, 0);
          check(input, ahead, setup, records, any);
        });
  }

  private boolean readLines(Input input, JsonRecords records, RecordSink sink) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    try {
      if (TextDecoder.isUtf8(bom)) {
        input.stream().skipNBytes(bom.length());
        JsonLinesScanner scanner =
            new JsonLinesScanner(records, sink, config.maxLineLength(), true);
        ByteReader.read(ByteReader.of(input.stream()), Boundary.LINE, scanner, ReadProgress.NONE);
        return scanner.any();
      }
      JsonFactory factory = factory(config.maxLineLength());
      LineReader lines = new LineReader(TextDecoder.reader(input.stream()), config.maxLineLength());
      boolean any = false;
      while (lines.next()) {
        if (lines.isBlank()) {
          continue;
        }
        any = true;
        readLine(factory, records, lines.chars(), lines.length(), sink, lines.number());
      }
      return any;
    } catch (LineTooLongException e) {
      throw TextExtractor.tooLong(input, e.line(), config);
    }
  }

  /**
   * Reads one JSON line's characters with Jackson; a malformed line is skipped and reported, and
   * none of its records count.
   */
  static void readLine(
      JsonFactory factory,
      JsonRecords records,
      char[] chars,
      int length,
      RecordSink sink,
      long line)
      throws IOException {
    JsonParser p = factory.createParser(chars, 0, length);
    try (p) {
      records.read(p, sink, line);
    } catch (JsonProcessingException e) {
      records.discard();
      sink.skip(null, line, SkipReason.MALFORMED, describe(e, location(e, p), true));
    }
  }

  private boolean readStream(Input input, JsonRecords records, RecordSink sink, boolean prelude)
      throws IOException {
    JsonFactory factory = factory(config.maxLineLength());
    java.io.InputStream in = prelude ? JsonPrelude.clean(input.stream()) : input.stream();
    try (JsonParser p = factory.createParser(TextDecoder.reader(in))) {
      try {
        return records.read(p, sink, 0);
      } catch (JsonProcessingException e) {
        JsonLocation at = location(e, p);
        String where =
            at == null
                ? ""
                : ":" + at.getLineNr() + (at.getColumnNr() > 0 ? ":" + at.getColumnNr() : "");
        throw HeatmapException.input(
            input.name()
                + where
                + ": "
                + describe(e, at, false)
                + "; stopped here ("
                + records.records()
                + " records before it count)",
            e);
      }
    }
  }

  /** A one-line explanation of a parse failure, without Jackson's location and source excerpt. */
  private static JsonLocation location(JsonProcessingException e, JsonParser p) {
    // A limit exception carries no location; the parser knows where it stopped.
    return e.getLocation() != null ? e.getLocation() : p.currentLocation();
  }

  private static String describe(JsonProcessingException e, JsonLocation at, boolean column) {
    String why = e.getOriginalMessage();
    if (why == null) {
      why = e.getClass().getSimpleName();
    }
    int nl = why.indexOf('\n');
    if (nl >= 0) {
      why = why.substring(0, nl);
    }
    if (why.length() > 200) {
      why = why.substring(0, 200) + "…";
    }
    int from = why.indexOf(", from `");
    int to = from < 0 ? -1 : why.indexOf("`)", from + 8);
    if (to > 0) {
      why = why.substring(0, from) + why.substring(to + 1); // Jackson's own setting name
    }
    String col =
        column && at != null && at.getColumnNr() > 0 ? " at column " + at.getColumnNr() : "";
    String what =
        e instanceof StreamConstraintsException ? "refused, over a safety limit" : "malformed JSON";
    return what + col + ": " + why;
  }

  /**
   * Whether the start of the input is JSON lines: most of its first lines are each one complete
   * value (a pretty-printed file's first line is a lone brace; a minified document is one line). Of
   * a {@code prefix} of the look-ahead, null when it holds too few lines to say.
   */
  private static Boolean looksLikeLines(String text, boolean whole, boolean prefix) {
    JsonFactory factory = Sampling.FACTORY;
    int complete = 0;
    int seen = 0;
    int start = 0;
    while (seen < LAYOUT_LINES && start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        if (!whole) {
          break; // the look-ahead may have cut this line
        }
        end = text.length();
      }
      String line = text.substring(start, end);
      start = end + 1;
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (isOneValue(factory, line)) {
        complete++;
      }
    }
    if (prefix && seen < LAYOUT_LINES) {
      return null;
    }
    return complete >= 2 && complete * 2 > seen;
  }

  private static boolean isOneValue(JsonFactory factory, String line) {
    try (JsonParser p = factory.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT && first != JsonToken.START_ARRAY) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  /** Per key name, the first values of {@code text}. */
  private static Sample sample(String text, boolean lines, boolean whole) {
    JsonFactory factory = Sampling.FACTORY;
    Sample byName = new Sample();
    if (lines) {
      int start = 0;
      while (start < text.length() && !byName.full) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          if (!whole) {
            break;
          }
          end = text.length();
        }
        String line = text.substring(start, end);
        start = end + 1;
        if (!line.isBlank()) {
          sample(factory, new StringReader(line), byName);
        }
      }
    } else {
      sample(factory, new StringReader(text), byName);
    }
    return byName;
  }

  /** The candidates by key name, and whether one of them has a full sample. */
  private static final class Sample extends LinkedHashMap<String, FieldChooser.Candidate> {
    private static final long serialVersionUID = 1L;
    boolean full;
  }

  private static void sample(JsonFactory factory, StringReader in, Sample byName) {
    try (JsonParser p = factory.createParser(in)) {
      String name = null;
      JsonToken t;
      while (!byName.full && (t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          name = p.currentName();
        } else if (t.isScalarValue() && name != null && p.getParsingContext().inObject()) {
          FieldChooser.Candidate c = byName.get(name);
          if (c == null) {
            if (byName.size() >= MAX_SAMPLED_KEYS) {
              continue;
            }
            c = new FieldChooser.Candidate(name, byName.size());
            byName.put(name, c);
          }
          if (t == JsonToken.VALUE_STRING) {
            if (p.getTextLength() <= FieldChooser.MAX_SAMPLE_TEXT) {
              c.text(p.getText());
            } else {
              c.other();
            }
          } else if (t.isNumeric()) {
            c.number(p.getDoubleValue());
          } else if (t != JsonToken.VALUE_NULL) {
            c.other();
          }
          byName.full = c.full();
        }
      }
    } catch (IOException e) {
      // The sample ends at the first error or where the look-ahead cut the input.
    }
  }
}
