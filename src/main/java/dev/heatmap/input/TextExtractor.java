package dev.heatmap.input;

import dev.heatmap.HeatmapException;
import java.io.IOException;

/** Plain text: one timestamp per non-blank line; blank lines are not records. */
final class TextExtractor implements Extractor {
  private final InputConfig config;

  TextExtractor(InputConfig config) {
    this.config = config;
  }

  @Override
  public void extract(Input input, RecordSink sink) throws IOException {
    LineReader lines = new LineReader(TextDecoder.reader(input.stream()), config.maxLineLength());
    try {
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

  /** The error for a line or record that passed the maximum length. */
  static HeatmapException tooLong(Input input, long line, InputConfig config) {
    return HeatmapException.input(
        input.name()
            + ":"
            + line
            + ": line longer than "
            + config.maxLineLength()
            + " characters; not read further (see --max-line-length)");
  }
}
