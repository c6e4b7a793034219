package dev.heatmap.fuzz;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.ExitCode;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.grid.Tally;
import dev.heatmap.input.Inputs;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.InputType;
import dev.heatmap.input.extract.Source;
import dev.heatmap.time.TimeResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;

/**
 * One fuzz input read the way {@code Analysis} reads it (standard input, the type forced, the
 * extractor into a {@link TimeResolver} and a {@link Tally}), with the {@link
 * dev.heatmap.input.extract.Extractor} contract checked on the way: the extractor returns, or
 * throws a {@link HeatmapException} (exit 1) whose message names the input and is of bounded size;
 * every record reaches the sink through exactly one call with sane arguments; the work is bounded
 * by the input's size. Any other throwable (a library's runtime exception, a StackOverflowError, an
 * OutOfMemoryError) escapes to the fuzzer as a finding, and so does a broken invariant.
 */
final class CheckedExtraction {
  /** The longest error message we accept: a message lists columns or keys, never the data. */
  static final int MAX_MESSAGE = 4096;

  private CheckedExtraction() {}

  /**
   * Reads {@code data} as {@code type} with {@code config}.
   *
   * @param maxRecords the most records these bytes can hold: every record of a text format takes at
   *     least a byte; a workbook's XML inflates at most 100 times
   * @return how many records the extractor delivered
   */
  static long run(byte[] data, InputType type, InputConfig config, long maxRecords) {
    Inputs inputs = new Inputs(config.withType(type));
    Diagnostics diagnostics = new Diagnostics(Source.STDIN_NAME);
    Tally tally = new Tally(ZoneOffset.UTC);
    byte[] plain = isGzip(data) ? gunzip(data) : data;
    TimeResolver resolver = new TimeResolver(ZoneOffset.UTC, tally, diagnostics);
    Checker sink =
        new Checker(
            resolver,
            config.groupBy() != null,
            type == InputType.EXCEL ? Long.MAX_VALUE : lines(plain),
            maxValue(type, config));
    try (Input in = inputs.open(Source.stdin(new ByteArrayInputStream(data)))) {
      try {
        inputs.extractor(inputs.typeOf(in), diagnostics).extract(in, sink);
      } finally {
        resolver.finish(); // as Analysis does: records held back for detection count after an error
      }
    } catch (HeatmapException e) {
      check(e.exitCode() == ExitCode.INPUT, "exit code " + e.exitCode() + " for bad input");
      String m = e.getMessage();
      check(
          m.startsWith(Source.STDIN_NAME + ":") && m.length() <= MAX_MESSAGE,
          "the message names the input and is short: " + m);
    } catch (IOException e) {
      // Only a damaged gzip layer is an I/O error from bytes in memory; Analysis reports it as a
      // read error. Anything else is a parser letting its exception escape.
      check(isGzip(data), "an IOException from plain bytes: " + e);
    }
    long bound = isGzip(data) ? Math.max(maxRecords, plain.length + 1L) : maxRecords;
    check(sink.records <= bound, sink.records + " records from " + plain.length + " bytes");
    check(
        tally.overall().total() + tally.overall().skipped() + tally.overall().filtered()
            == sink.records,
        "each record is counted, skipped or filtered exactly once");
    check(diagnostics.messages().size() <= Diagnostics.MAX_MESSAGES, "messages are capped");
    return sink.records;
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new AssertionError(what);
    }
  }

  /**
   * The longest value a record may carry: a line for text and JSON lines; a CSV record may overrun
   * by the parser's read-ahead, which the record limit counts (RecordLimitReader.SLACK, 8192).
   */
  private static int maxValue(InputType type, InputConfig config) {
    switch (type) {
      case TEXT:
        return config.maxLineLength();
      case CSV:
        return config.maxLineLength() + 8192;
      default:
        return Integer.MAX_VALUE;
    }
  }

  /** As much of a gzip stream as decompresses, for the bounds on what it holds. */
  private static byte[] gunzip(byte[] data) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPInputStream in =
        new java.util.zip.GZIPInputStream(new ByteArrayInputStream(data))) {
      byte[] buf = new byte[8192];
      for (int n = in.read(buf); n > 0; n = in.read(buf)) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // a damaged stream: what came out before the damage is all an extractor can see
    }
    return out.toByteArray();
  }

  private static boolean isGzip(byte[] data) {
    return data.length >= 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b;
  }

  /** An upper bound on the lines: CSV counts a lone CR as a line break too. */
  private static long lines(byte[] data) {
    long n = 1;
    for (byte b : data) {
      if (b == '\n' || b == '\r') {
        n++;
      }
    }
    return n;
  }

  /** Checks each call and passes it on. */
  private static final class Checker implements RecordSink {
    private final RecordSink next;
    private final boolean grouping;
    private final long maxLine;
    private final int maxValue;
    long records;

    Checker(RecordSink next, boolean grouping, long maxLine, int maxValue) {
      this.next = next;
      this.grouping = grouping;
      this.maxLine = maxLine;
      this.maxValue = maxValue;
    }

    private void record(String group, long line) {
      records++;
      check(line >= 0 && line <= maxLine, "line " + line + " of at most " + maxLine);
      checkGroup(group);
    }

    private void checkGroup(String group) {
      if (grouping) {
        check(
            group != null && !group.isEmpty() && group.length() <= 256,
            "a group name of 1 to 256 characters when grouping: " + group);
      } else {
        check(group == null, "no group when not grouping: " + group);
      }
    }

    @Override
    public void text(CharSequence value, String group, long line) {
      record(group, line);
      check(value != null && value.length() <= maxValue, "a value no longer than a line");
      next.text(value, group, line);
    }

    @Override
    public void number(double value, String group, long line) {
      record(group, line);
      next.number(value, group, line);
    }

    @Override
    public void wallTime(long wallEpochSecond, String group, long line) {
      record(group, line);
      next.wallTime(wallEpochSecond, group, line);
    }

    @Override
    public void skip(String group, long line, SkipReason reason, String detail) {
      // A record too malformed to have a group (a broken JSON line) is skipped with none.
      records++;
      check(line >= 0 && line <= maxLine, "line " + line + " of at most " + maxLine);
      if (group != null || !grouping) {
        checkGroup(group);
      }
      check(reason != null, "a skip says why");
      next.skip(group, line, reason, detail);
    }
  }
}
