package dev.heatmap.time;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.time.parse.ArrayParser;
import dev.heatmap.time.parse.EpochParser;
import dev.heatmap.time.parse.LocalTimes;
import dev.heatmap.time.parse.NumericDateParser;
import dev.heatmap.time.parse.Scan;
import dev.heatmap.time.parse.TimeFormats;
import dev.heatmap.time.parse.TimestampParser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the raw values of one input into instants: parses text with the input's timestamp format,
 * reads wall times in the input zone, drops instants outside {@code --since}/{@code --until}, and
 * reports what it could not use to the input's {@link Diagnostics}. One resolver serves one input
 * (one worker of it).
 *
 * <p>Unless {@code --time-format} forces one, the format is detected per input: the first {@value
 * #SAMPLE} text values are copied and held back, {@link FormatDetector} picks the format that reads
 * most of them (a note names it and says how many parsed), the held records are replayed in their
 * order, and the rest stream through the chosen parser. The caller must call {@link #finish} at the
 * end of the input so that an input shorter than the sample is counted too.
 */
public final class TimeResolver implements RecordSink {
  /** How many text values the format is detected from. */
  public static final int SAMPLE = 1000;

  /** How many records of any kind may be held back while the sample fills. */
  private static final int HELD = 4 * SAMPLE;

  /** What a record held back while the format is detected was. */
  private enum Kind {
    TEXT,
    NUMBER,
    WALL,
    SKIP
  }

  /**
   * A record held back until the format is chosen.
   *
   * @param number the epoch value (NUMBER) or the wall-clock epoch second (WALL)
   */
  private record Held(
      Kind kind,
      String text,
      String group,
      long line,
      double number,
      SkipReason reason,
      long count) {}

  private final TimeConfig config;
  private final LocalTimes inputZone;
  private final InstantSink out;
  private final Diagnostics diagnostics;
  private TimestampParser parser;
  private ArrayParser bytes; // the parser again when it reads bytes too, else null

  // What the format was chosen from, for the resolvers of later parts of the same input, and the
  // parser each thread reading such parts uses.
  private List<String> sample;
  private final Map<Thread, TimestampParser> followerParsers = new ConcurrentHashMap<>();
  private boolean sampleFilled;
  private boolean wallSeen;
  private boolean localNoted;
  private Runnable whenChosen;
  // Pre-aggregated input (--count-field): the events the record being handed over counts.
  private long weight = 1;
  private boolean weighted;

  // Records held back until the format is chosen (at most HELD); null once it is.
  private List<Held> held = new ArrayList<>(64);
  private int heldTexts;

  // Values from later in the input, for the format decision only; and, when the day/month order
  // was assumed, the parser of the other order, to catch a later value that contradicts it.
  private final List<String> hints = new ArrayList<>();
  private TimestampParser otherOrder;
  private long firstLine = 1;
  // Whether a later value that contradicts an assumed month-first order asks for the input to be
  // read again day-first (it can be: a file), instead of stopping it; and the reason, when this
  // resolver is that second reading.
  private boolean rereadable;
  private String dayFirstBecause;
  private boolean followerOf; // a later part's resolver: its line numbers start at its part

  // The other formats a value the detected one cannot read is tried in before it is skipped: made
  // on the first such value; null while none was met, and always when the format was forced.
  private TimestampParser[] alternatives;
  private boolean[] alternativeChecked; // whether a value read by each was checked for an offset
  private final boolean detected;

  public TimeResolver(TimeConfig config, InstantSink out, Diagnostics diagnostics) {
    this.config = config;
    this.inputZone = LocalTimes.of(config.inputZone());
    this.out = out;
    this.diagnostics = diagnostics;
    this.detected = config.timeFormat() == null;
    if (config.timeFormat() != null) {
      use(TimeFormats.compile(config.timeFormat(), config.inputZone()));
      held = null;
    }
  }

  /**
   * A resolver with detected formats and no range: values without an offset are in {@code zone}.
   */
  public TimeResolver(ZoneId inputZone, InstantSink out, Diagnostics diagnostics) {
    this(new TimeConfig(inputZone, inputZone), out, diagnostics);
  }

  /** A resolver that reads with {@code parser}, chosen elsewhere, and notes nothing about it. */
  private TimeResolver(
      TimeConfig config, InstantSink out, Diagnostics diagnostics, TimestampParser parser) {
    this.config = config;
    this.inputZone = LocalTimes.of(config.inputZone());
    this.out = out;
    this.diagnostics = diagnostics;
    this.detected = true; // a follower reads with a format detected from the first part's sample
    use(parser);
    this.held = null;
  }

  private void use(TimestampParser p) {
    parser = p;
    bytes = p instanceof ArrayParser a ? a : null;
  }

  /**
   * Asks for a later value that contradicts an assumed month-first order to throw {@link
   * Contradicted}, so that the caller reads the input again with {@link #readDayFirst}, instead of
   * stopping it with an error. Only for an input that can be read again from its start; call before
   * the first record.
   */
  public void rereadOnContradiction() {
    rereadable = true;
  }

  /**
   * Makes this resolver the second reading of an input whose first reading assumed month-first
   * dates and met {@code contradiction}: numeric dates whose order nothing else settles are read
   * day-first, said in one note; a later value that only reads month-first then stops the input.
   * Call before the first record.
   */
  public void readDayFirst(Contradicted contradiction) {
    dayFirstBecause = contradiction.said();
  }

  /**
   * Thrown by a resolver that {@link #rereadOnContradiction} when a value reads only day-first
   * after the order was assumed month-first: the input must be read again from its start.
   */
  public static final class Contradicted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String value;
    private final long line;
    private final long assumedFrom;

    /** {@code line} and {@code assumedFrom} are 0 when not known (a later part of the input). */
    public Contradicted(String value, long line, long assumedFrom) {
      super("\"" + value + "\" has a day over 12 after dates read month-first", null, false, false);
      this.value = value;
      this.line = line;
      this.assumedFrom = assumedFrom;
    }

    /** How the note of the second reading says what happened. */
    String said() {
      return (line > 0 ? "line " + line + "'s " : "")
          + "\""
          + value
          + "\" has a day over 12, but the dates"
          + (assumedFrom > 0 ? " from line " + assumedFrom + " on" : "")
          + " had been read month-first (no sampled day was over 12)";
    }
  }

  /** The format in use, or null while it is still being detected. */
  public TimestampParser parser() {
    return parser;
  }

  /**
   * Runs {@code hook} on the thread that feeds this resolver once the format is chosen (at once if
   * it is forced): a reader of the later parts of the same input waits for it to make {@link
   * #follower}s.
   */
  public void whenChosen(Runnable hook) {
    whenChosen = hook;
    if (held == null) {
      hook.run();
    }
  }

  /**
   * Whether the format was chosen from a full sample (or forced), not at the end of an input
   * shorter than the sample: only then can later parts of the input be read with it, as reading the
   * input whole would.
   */
  public boolean sampleFilled() {
    return held == null && (sample == null || sampleFilled);
  }

  /**
   * The values the format was chosen from, for a worker in another process that reads a later part
   * of the same input ({@link #follower(TimeConfig, List, InstantSink, Diagnostics)}); null when
   * the format was forced. Call only once the format is chosen.
   */
  public List<String> sample() {
    if (held != null) {
      throw new IllegalStateException("the format is not chosen yet");
    }
    return sample == null ? null : List.copyOf(sample);
  }

  /**
   * A resolver for a later part of an input whose first part another process read: it reads with
   * the format detected again from that part's {@link #sample} (the forced one when the sample is
   * null), and notes nothing, since the first part's reader did.
   */
  public static TimeResolver follower(
      TimeConfig config, List<String> sample, InstantSink out, Diagnostics diagnostics) {
    if (sample == null) {
      return new TimeResolver(config, out, diagnostics);
    }
    TimestampParser p =
        FormatDetector.detect(sample, config.inputZone(), config.epochUnit()).parser();
    return new TimeResolver(config, out, diagnostics, p);
  }

  /**
   * A resolver for a later part of the same input, read by another worker: it reads with the format
   * this one chose (forced, or detected again from the same sample, so that each worker has a
   * parser of its own) and notes nothing, since this one did. Call only once the format is chosen.
   */
  public TimeResolver follower(InstantSink out, Diagnostics diagnostics) {
    if (held != null) {
      throw new IllegalStateException("the format is not chosen yet");
    }
    if (sample == null) {
      return new TimeResolver(config, out, diagnostics); // a forced format
    }
    // A thread reads one part at a time, so its followers can share one parser: the detection is
    // run again once per thread, not once per part.
    TimestampParser p =
        followerParsers.computeIfAbsent(
            Thread.currentThread(),
            t -> FormatDetector.detect(sample, config.inputZone(), config.epochUnit()).parser());
    TimeResolver f = new TimeResolver(config, out, diagnostics, p);
    if (otherOrder != null) {
      // A later part is checked against the assumed order too; its lines count from its start,
      // so a contradiction there names no line.
      f.otherOrder = new NumericDateParser(NumericDateParser.Order.DAY_FIRST, config.inputZone());
      f.rereadable = rereadable;
      f.firstLine = 0;
      f.followerOf = true;
    }
    return f;
  }

  @Override
  public void count(long n) {
    weight = n;
    weighted = true;
  }

  @Override
  public void text(CharSequence value, String group, long line) {
    if (held == null) {
      resolveText(value, group, line);
      weight = 1;
      return;
    }
    hold(Kind.TEXT, value.toString(), group, line, 0, null);
    heldTexts++;
    if (heldTexts == SAMPLE) {
      sampleFilled = true;
      choose();
    }
    weight = 1;
  }

  @Override
  public boolean utf8(byte[] b, int from, int to, String group, long line) {
    // Hot path: the chosen parser reads the bytes where it can; anything else (the sample still
    // filling, a spelling it reads only from characters, an invalid value and its reason) comes
    // again through text().
    if (bytes != null && held == null) {
      long t = bytes.parseUtf8(b, from, to);
      if (t != ArrayParser.UNDECIDED) {
        if (t == TimestampParser.INVALID) {
          emit(t, group);
        } else {
          emit(
              t,
              WrittenOffset.mayCarry(b, from, to)
                  ? WrittenOffset.of(byteChars.of(b, from, to))
                  : WrittenOffset.NONE,
              group);
        }
        weight = 1;
        return true;
      }
    }
    return false;
  }

  /** How many values from later in the input are kept for the decision. */
  private static final int HINTS = 400;

  @Override
  public void sample(CharSequence value) {
    if (held != null && hints.size() < HINTS && value.length() <= 256) {
      hints.add(value.toString());
    }
  }

  @Override
  public void number(double value, String group, long line) {
    if (held == null) {
      resolveNumber(value, group, line);
    } else {
      hold(Kind.NUMBER, null, group, line, value, null);
    }
    weight = 1;
  }

  @Override
  public void wallTime(long wallEpochSecond, String group, long line) {
    if (!wallSeen) {
      wallSeen = true; // a spreadsheet's date cells are wall times: no offset
      localTimes();
    }
    if (held == null) {
      emit(inputZone.toEpochSecond(wallEpochSecond), group);
    } else {
      hold(Kind.WALL, null, group, line, wallEpochSecond, null);
    }
    weight = 1;
  }

  @Override
  public void skip(String group, long line, SkipReason reason, String detail) {
    if (held == null) {
      diagnostics.skip(reason, line, detail);
      out.skipped(group);
    } else {
      hold(Kind.SKIP, detail, group, line, 0, reason);
    }
    weight = 1;
  }

  @Override
  public void continuation(long line) {
    out.continuation();
  }

  /** Ends the input: chooses the format if the sample never filled and counts what was held. */
  public void finish() {
    if (held != null) {
      choose();
    }
  }

  private void hold(Kind kind, String text, String group, long line, double n, SkipReason r) {
    held.add(new Held(kind, text, group, line, n, r, weight));
    if (held.size() == HELD) {
      sampleFilled = true;
      choose();
    }
  }

  private void choose() {
    List<String> sample = new ArrayList<>(heldTexts);
    for (Held h : held) {
      if (h.kind() == Kind.TEXT) {
        sample.add(h.text());
      }
    }
    List<String> decideOn = sample;
    if (!hints.isEmpty()) {
      decideOn = new ArrayList<>(sample);
      decideOn.addAll(hints);
    }
    FormatDetector.Detected d =
        FormatDetector.detect(decideOn, config.inputZone(), config.epochUnit());
    if (!hints.isEmpty()) {
      // Decided over the whole input; said, as for any input, of the values read first.
      int parsed = 0;
      int sampled = 0;
      for (String v : sample) {
        if (v != null && !v.isBlank()) {
          sampled++;
          if (d.parser().parse(v) != TimestampParser.INVALID) {
            parsed++;
          }
        }
      }
      d = new FormatDetector.Detected(d.parser(), parsed, sampled, d.note());
    }
    if (dayFirstBecause != null
        && d.parser() instanceof NumericDateParser n
        && n.order() == NumericDateParser.Order.MONTH_FIRST
        && d.note() != null
        && d.note().startsWith("no day")) {
      d = dayFirst(d, sample);
    }
    use(d.parser());
    this.sample = decideOn;
    if (d.parser() instanceof NumericDateParser n
        && n.order() == NumericDateParser.Order.DAY_FIRST
        && dayFirstBecause != null) {
      // The second reading: a value that reads only month-first now contradicts it, and stops.
      otherOrder = new NumericDateParser(NumericDateParser.Order.MONTH_FIRST, config.inputZone());
      rereadable = false;
    } else if (d.parser() instanceof NumericDateParser
        && d.note() != null
        && d.note().startsWith("no day")) {
      otherOrder = new NumericDateParser(NumericDateParser.Order.DAY_FIRST, config.inputZone());
      for (Held h : held) {
        if (h.kind() == Kind.TEXT && otherOrder.parse(h.text()) != TimestampParser.INVALID) {
          firstLine = h.line();
          break;
        }
      }
    }
    if (d.sampled() > 0) {
      if (d.parsed() == 0) {
        diagnostics.caution(
            "no known timestamp format fits the "
                + d.sampled()
                + " sampled values; give --time-format if they are timestamps");
      } else {
        String what =
            "format "
                + parser.name()
                + " ("
                + d.parsed()
                + " of "
                + d.sampled()
                + " samples parse)";
        if (dayFirstBecause != null
            && parser instanceof NumericDateParser n
            && n.order() == NumericDateParser.Order.DAY_FIRST) {
          diagnostics.note(what + "; read again day-first: " + dayFirstBecause);
        } else if (d.note() == null) {
          diagnostics.note(what);
        } else {
          diagnostics.caution(what + "; " + d.note());
        }
      }
    }
    if (carryNoOffset(sample, d.parser())) {
      localTimes();
    }
    List<Held> records = held;
    held = null;
    for (Held h : records) {
      weight = h.count();
      switch (h.kind()) {
        case TEXT -> resolveText(h.text(), h.group(), h.line());
        case NUMBER -> resolveNumber(h.number(), h.group(), h.line());
        case WALL -> emit(inputZone.toEpochSecond((long) h.number()), h.group());
        case SKIP -> skip(h.group(), h.line(), h.reason(), h.text());
      }
    }
    weight = 1;
    if (whenChosen != null) {
      whenChosen.run();
    }
  }

  /**
   * The detection redone day-first for the second reading of an input: the same format, the other
   * order, counted over the same sample, and a note (not a caution: a value settled it) that says
   * why.
   */
  private FormatDetector.Detected dayFirst(FormatDetector.Detected d, List<String> sample) {
    String first = null;
    int parsed = 0;
    NumericDateParser probe =
        new NumericDateParser(NumericDateParser.Order.DAY_FIRST, config.inputZone());
    for (String v : sample) {
      if (v != null && probe.parse(v) != TimestampParser.INVALID) {
        parsed++;
        if (first == null) {
          first = v;
        }
      }
    }
    if (first == null) {
      return d; // nothing in the sample reads day-first: leave the detection as it was
    }
    String shape = NumericDateParser.describe(first, NumericDateParser.Order.DAY_FIRST, false);
    return new FormatDetector.Detected(
        new NumericDateParser(NumericDateParser.Order.DAY_FIRST, config.inputZone(), shape),
        parsed,
        d.sampled(),
        null);
  }

  /**
   * Whether values of the sample are read in the input zone: whether {@code chosen} reads them to
   * other instants than the same format does in another zone. One check per input, on the sample.
   */
  private boolean carryNoOffset(List<String> sample, TimestampParser chosen) {
    ZoneId probe =
        config.inputZone().equals(ZoneOffset.ofHours(5))
            ? ZoneOffset.ofHours(-7)
            : ZoneOffset.ofHours(5);
    TimestampParser other = FormatDetector.detect(sample, probe, config.epochUnit()).parser();
    for (String s : sample) {
      long a = chosen.parse(s);
      if (a != TimestampParser.INVALID && a != other.parse(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks that values were read in the input zone, and when that zone is only the default, cautions
   * once for this input: a silent UTC would move every cell by the user's offset.
   */
  private void localTimes() {
    diagnostics.readLocalTimes();
    if (config.inputZoneAssumed() && !localNoted) {
      localNoted = true;
      diagnostics.caution(
          "values carry no UTC offset: read as "
              + Zones.label(config.inputZone())
              + " (use --input-tz ZONE if they are local times)");
    }
  }

  private void resolveText(CharSequence value, String group, long line) {
    // Hot path: one parse, one range check, one call; no allocation unless the value is bad.
    long t = parser.parse(value);
    if (t != TimestampParser.INVALID) {
      emit(t, WrittenOffset.of(value), group);
      return;
    }
    if (otherOrder != null
        && dayFirstBecause != null
        && otherOrder.parse(value) != TimestampParser.INVALID) {
      // Read again day-first after a day over 12, and this one reads only month-first.
      throw HeatmapException.input(
          diagnostics.source()
              + ":"
              + line
              + ": \""
              + value
              + "\" has a month over 12, but the dates were read again day-first because "
              + dayFirstBecause
              + "; the file is read no further: give --time-format for one of the two orders");
    }
    if (otherOrder != null && otherOrder.parse(value) != TimestampParser.INVALID) {
      // The order was assumed month-first from values that fit both; this one is day-first.
      if (rereadable) {
        throw new Contradicted(value.toString(), followerOf ? 0 : line, firstLine);
      }
      throw HeatmapException.input(
          diagnostics.source()
              + ":"
              + line
              + ": \""
              + value
              + "\" has a day over 12, but the dates from line "
              + firstLine
              + " on were read month-first (no sampled day was over 12); the file is read"
              + " no further: give --time-format '"
              + NumericDateParser.describe(value, NumericDateParser.Order.DAY_FIRST, true)
              + "' if its dates are day-first");
    }
    if (detected && retried(value, group, line)) {
      return;
    }
    SkipReason reason = SkipReason.NOT_A_TIMESTAMP;
    int p = Scan.start(value);
    int end = Scan.end(value, p);
    if (p == end) {
      reason = SkipReason.EMPTY;
    } else if (Scan.countDigits(value, p, end, end - p) == end - p) {
      reason = SkipReason.OUT_OF_RANGE;
    }
    diagnostics.skip(reason, line, reason == SkipReason.EMPTY ? null : quote(value));
    out.skipped(group);
  }

  /**
   * Mixed formats in one input: a value the detected format cannot read is tried in the other
   * formats before it is skipped ({@link FormatDetector#alternatives}); the first that reads it
   * counts it, and the input's diagnostics count it for one line said at the end. Off the hot path:
   * only values the detected format failed come here.
   */
  private boolean retried(CharSequence value, String group, long line) {
    if (alternatives == null) {
      alternatives = FormatDetector.alternatives(parser, config.inputZone(), config.epochUnit());
      alternativeChecked = new boolean[alternatives.length];
    }
    for (int i = 0; i < alternatives.length; i++) {
      long t = alternatives[i].parse(value);
      if (t != TimestampParser.INVALID) {
        if (!alternativeChecked[i]) {
          alternativeChecked[i] = true;
          // A format with no offset in the value reads it in the input zone: say so as for any.
          ZoneId probe =
              config.inputZone().equals(ZoneOffset.ofHours(5))
                  ? ZoneOffset.ofHours(-7)
                  : ZoneOffset.ofHours(5);
          if (FormatDetector.alternatives(parser, probe, config.epochUnit())[i].parse(value) != t) {
            localTimes();
          }
        }
        diagnostics.reread(parser.name(), alternatives[i].name(), line);
        emit(t, group);
        return true;
      }
    }
    return false;
  }

  private void resolveNumber(double value, String group, long line) {
    long t = EpochParser.seconds(value, config.epochUnit());
    if (t == TimestampParser.INVALID) {
      diagnostics.skip(SkipReason.OUT_OF_RANGE, line, number(value));
      out.skipped(group);
    } else {
      emit(t, group);
    }
  }

  private void emit(long epochSecond, String group) {
    emit(epochSecond, WrittenOffset.NONE, group);
  }

  private void emit(long epochSecond, int writtenOffset, String group) {
    if (config.inRange(epochSecond)) {
      if (weighted) {
        out.instants(epochSecond, group, weight);
      } else {
        out.instant(epochSecond, writtenOffset, group);
      }
    } else {
      out.filtered(epochSecond, group);
    }
  }

  /**
   * The bytes of a value seen as characters, for reading its written offset: reused, one a
   * resolver.
   */
  private final ByteChars byteChars = new ByteChars();

  /** A view of ASCII bytes as a CharSequence, set again for each value (no allocation). */
  private static final class ByteChars implements CharSequence {
    private byte[] b;
    private int from;
    private int length;

    ByteChars of(byte[] bytes, int start, int end) {
      b = bytes;
      from = start;
      length = end - start;
      return this;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int i) {
      return (char) (b[from + i] & 0xff);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(b, from + start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
      return new String(b, from, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e18
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** The value as messages show it: quoted and cut short. Escaping for the terminal is cli's. */
  static String quote(CharSequence value) {
    String s = value.length() > 60 ? value.subSequence(0, 60) + "…" : value.toString();
    return '"' + s + '"';
  }
}
