package dev.heatmap.input.text;

import dev.heatmap.core.RecordSink;
import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.Utf8Text;

/**
 * Plain text on bytes: one record per line that is not blank, exactly as {@link TextExtractor}'s
 * character path reads it.
 */
public final class TextScanner extends LineScanner {
  private final RecordSink sink;
  private final Utf8Text view = new Utf8Text();

  public TextScanner(RecordSink sink, int maxLineLength, boolean whole) {
    super(maxLineLength, whole);
    this.sink = sink;
  }

  @Override
  public boolean line(byte[] b, int from, int to) {
    records++;
    if (!sink.utf8(b, from, to, null, lines)) {
      sink.text(view.set(b, from, to), null, lines);
    }
    return true;
  }
}
