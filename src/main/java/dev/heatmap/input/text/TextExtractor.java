package dev.heatmap.input.text;

import dev.heatmap.core.Diagnostics;
import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.core.SkipReason;
import dev.heatmap.input.bytes.Boundary;
import dev.heatmap.input.bytes.ByteReader;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.LineReader;
import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.LineTooLongException;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Plain text: one record per non-blank line. The line's timestamp is the whole line, or where the
 * input's {@link Layout} (chosen once from its first lines) or {@code --regex} puts it; the rest of
 * the line is ignored, and a line with no timestamp in a layout is a continuation line. UTF-8 is
 * read straight from its bytes; UTF-16 (known by its byte-order mark) through a decoder.
 */
public final class TextExtractor implements Extractor, Splittable {
  private final InputConfig config;
  private final Diagnostics diagnostics;

  public TextExtractor(InputConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    LineScanner scanner = scanner(input, head, sink, true, true);
    try {
      if (TextDecoder.isUtf8(bom)) {
        sampleFurther(input, head, sink);
        input.stream().skipNBytes(bom.length());
        ByteReader.read(ByteReader.of(input.stream()), Boundary.LINE, scanner, ReadProgress.NONE);
        return;
      }
      LineReader lines = new LineReader(TextDecoder.reader(input.stream()), config.maxLineLength());
      if (scanner instanceof TextScanner) {
        // Hot path: one reused buffer per line, no String, no regex.
        while (lines.next()) {
          if (!lines.isBlank()) {
            sink.text(lines.line(), null, lines.number());
          }
        }
        return;
      }
      // A layout reads UTF-8: each decoded line is encoded again into one reused buffer.
      byte[] buf = new byte[256];
      while (lines.next()) {
        CharSequence line = lines.line();
        int need = line.length() * 3 + 1;
        if (buf.length < need) {
          buf = new byte[Math.max(need, buf.length * 2)];
        }
        int n = encode(line, buf);
        buf[n++] = '\n';
        scanner.scan(buf, 0, n);
      }
    } catch (LineTooLongException e) {
      throw tooLong(input, e.line(), config);
    }
  }

  /** How many bytes are read at the middle and at the end of a file for the format decision. */
  private static final int FURTHER = 64 * 1024;

  /**
   * Offers the timestamps of lines from the middle and the end of a UTF-8 file larger than the
   * look-ahead to the sink's format decision, as CSV does: a format or a day/month order that only
   * shows after the first thousand lines is decided over the whole file, and a value there that the
   * decision cannot read is tried in the other formats and said (see the time layer). The lines are
   * read with the same layout as the rest, into a sink that only samples; a line cut by the start
   * of a chunk is dropped.
   */
  private void sampleFurther(Input input, byte[] head, RecordSink sink) throws IOException {
    if (input.file() == null) {
      return;
    }
    long size = Files.size(input.file());
    if (size <= 2L * FURTHER || size <= head.length) {
      return;
    }
    LineScanner sampler = scanner(input, head, new SampleOnly(sink), false, false);
    try (FileChannel ch = FileChannel.open(input.file(), StandardOpenOption.READ)) {
      for (long at : new long[] {size / 2, size - FURTHER}) {
        ByteBuffer buf = ByteBuffer.allocate(FURTHER);
        while (buf.hasRemaining() && ch.read(buf, at + buf.position()) > 0) {
          // fill the chunk
        }
        byte[] b = buf.array();
        int n = buf.position();
        int from = 0;
        while (from < n && b[from] != '\n') {
          from++;
        }
        int to = n;
        while (to > from + 1 && b[to - 1] != '\n') {
          to--;
        }
        if (to > from + 1) {
          sampler.scan(b, from + 1, to);
        }
      }
    }
  }

  /** A sink that passes the timestamps it is given on as samples only: no record is counted. */
  private static final class SampleOnly implements RecordSink {
    private final RecordSink to;

    SampleOnly(RecordSink to) {
      this.to = to;
    }

    @Override
    public void text(CharSequence value, String group, long line) {
      to.sample(value);
    }

    @Override
    public void number(double value, String group, long line) {}

    @Override
    public void wallTime(long wallEpochSecond, String group, long line) {}

    @Override
    public void skip(String group, long line, SkipReason reason, String detail) {}
  }

  /** Encodes {@code s} as UTF-8 into {@code b}, returning the length; b holds 3 bytes per char. */
  private static int encode(CharSequence s, byte[] b) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        b[n++] = (byte) c;
      } else if (c < 0x800) {
        b[n++] = (byte) (0xc0 | (c >> 6));
        b[n++] = (byte) (0x80 | (c & 0x3f));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        b[n++] = (byte) (0xf0 | (cp >> 18));
        b[n++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
        b[n++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (cp & 0x3f));
      } else {
        b[n++] = (byte) (0xe0 | (c >> 12));
        b[n++] = (byte) (0x80 | ((c >> 6) & 0x3f));
        b[n++] = (byte) (0x80 | (c & 0x3f));
      }
    }
    return n;
  }

  /**
   * The scanner for this input: the plain one for bare timestamps, else the layout's (or the
   * regex's). Says on stderr (once, from the reader of the whole input or of its first part) which
   * layout was found and what it assumed.
   */
  private LineScanner scanner(
      Input input, byte[] head, RecordSink sink, boolean whole, boolean note) {
    int max = config.maxLineLength();
    if (config.regex() != null) {
      return new RegexScanner(sink, max, whole, config.regex(), config.groupBy());
    }
    LayoutDetector.Choice choice = LayoutDetector.detect(head, input.name());
    if (choice.layout() == Layout.BARE) {
      if (note) {
        diagnostics.hint(NoTimestamp.hint(head, input.name()));
      }
      if (config.groupBy() != null && note) {
        throw HeatmapException.usage(
            input.name()
                + ": --group-by "
                + config.groupBy().text()
                + " needs a log layout with named fields, or --regex with a named group; the lines"
                + " are bare timestamps");
      }
      return new TextScanner(sink, max, whole);
    }
    int group = -1;
    if (config.groupBy() != null) {
      group = choice.field(config.groupBy().text());
      if (group < 0) {
        throw HeatmapException.usage(
            input.name()
                + ": --group-by "
                + config.groupBy().text()
                + ": the "
                + choice.layout().description
                + " layout has "
                + (choice.fieldList().isEmpty()
                    ? "no named fields"
                    : "the fields " + choice.fieldList())
                + " (or give --regex with a named group)");
      }
    }
    if (note) {
      diagnostics.note(choice.note());
    }
    int year = 0;
    if (choice.layout() == Layout.SYSLOG) {
      YearStart start = YearStart.of(input, head, config.year());
      year = start.year();
      if (note) {
        diagnostics.note(start.note());
      }
    }
    if (note) {
      if (choice.layout() == Layout.NCSA) {
        String caution = NoTimestamp.accessLogWithoutOffset(head);
        if (caution != null) {
          diagnostics.caution(caution);
        }
      }
    }
    return new LayoutScanner(sink, max, whole, choice, group, year);
  }

  @Override
  public FileParts parts(Input input) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    if (input.seekable() == null || !TextDecoder.isUtf8(bom)) {
      return null;
    }
    if (config.regex() == null) {
      Layout layout = LayoutDetector.detect(head, input.name()).layout();
      if (layout.stateful) {
        return null; // a line's date depends on the lines before it: read the file whole
      }
    }
    // The first part's scanner says what was chosen; the others choose the same from the same head.
    return new FileParts(
        input,
        bom.length(),
        input.seekable().size(),
        Boundary.LINE,
        (sink, first) -> {
          if (first) {
            try {
              sampleFurther(input, head, sink);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }
          return scanner(input, head, sink, false, first);
        },
        FileParts.Check.NONE);
  }

  /** The error for a line or record that passed the maximum length. */
  public static HeatmapException tooLong(Input input, long line, InputConfig config) {
    return HeatmapException.input(
        input.name()
            + ":"
            + line
            + ": line longer than "
            + config.maxLineLength()
            + " characters; not read further (see --max-line-length)");
  }

  /** The first line of {@code head}, cleaned and cut at 80 characters, for messages. */
  static String firstLine(byte[] head) {
    String text = TextDecoder.decode(head, Math.min(head.length, 4096));
    for (String line : text.split("\n", 50)) {
      String t = line.strip();
      if (!t.isEmpty()) {
        StringBuilder sb = new StringBuilder();
        t.codePoints()
            .limit(80)
            .forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
      }
    }
    return "";
  }
}
