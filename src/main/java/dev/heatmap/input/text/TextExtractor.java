package dev.heatmap.input.text;

import dev.heatmap.core.HeatmapException;
import dev.heatmap.core.RecordSink;
import dev.heatmap.input.bytes.Boundary;
import dev.heatmap.input.bytes.ByteReader;
import dev.heatmap.input.bytes.FileParts;
import dev.heatmap.input.bytes.LineReader;
import dev.heatmap.input.bytes.LineTooLongException;
import dev.heatmap.input.bytes.Splittable;
import dev.heatmap.input.bytes.TextDecoder;
import dev.heatmap.input.extract.Extractor;
import dev.heatmap.input.extract.Input;
import dev.heatmap.input.extract.InputConfig;
import dev.heatmap.input.extract.ReadProgress;
import java.io.IOException;

/**
 * Plain text: one timestamp per non-blank line; blank lines are not records. UTF-8 is read straight
 * from its bytes ({@link TextScanner}); UTF-16 (known by its byte-order mark) through a decoder.
 */
public final class TextExtractor implements Extractor, Splittable {
  private final InputConfig config;

  public TextExtractor(InputConfig config) {
    this.config = config;
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    try {
      if (TextDecoder.isUtf8(bom)) {
        input.stream().skipNBytes(bom.length());
        ByteReader.read(
            ByteReader.of(input.stream()),
            Boundary.LINE,
            new TextScanner(sink, config.maxLineLength(), true),
            ReadProgress.NONE);
        return;
      }
      LineReader lines = new LineReader(TextDecoder.reader(input.stream()), config.maxLineLength());
      // Hot path: one reused buffer per line, no String, no regex.
      while (lines.next()) {
        if (!lines.isBlank()) {
          sink.text(lines.line(), null, lines.number());
        }
      }
    } catch (LineTooLongException e) {
      throw tooLong(input, e.line(), config);
    }
  }

  @Override
  public FileParts parts(Input input) throws IOException {
    byte[] head = input.head();
    TextDecoder.Bom bom = TextDecoder.bom(head, head.length);
    if (input.seekable() == null || !TextDecoder.isUtf8(bom)) {
      return null;
    }
    int max = config.maxLineLength();
    return new FileParts(
        input,
        bom.length(),
        input.seekable().size(),
        Boundary.LINE,
        (sink, first) -> new TextScanner(sink, max, false),
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
}
