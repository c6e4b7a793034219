package dev.heatmap.input;

/**
 * Plain text on bytes: one record per line that is not blank, exactly as {@link TextExtractor}'s
 * character path reads it.
 */
final class TextScanner extends LineScanner {
  private final RecordSink sink;
  private final Utf8Text view = new Utf8Text();

  TextScanner(RecordSink sink, int maxLineLength, boolean whole) {
    super(maxLineLength, whole);
    this.sink = sink;
  }

  @Override
  boolean line(byte[] b, int from, int to) {
    records++;
    if (!sink.utf8(b, from, to, null, lines)) {
      sink.text(view.set(b, from, to), null, lines);
    }
    return true;
  }
}
