package dev.heatmap.input.json;

import dev.heatmap.core.RecordSink;
import dev.heatmap.input.bytes.ByteScanner;

/**
 * JSON root values one after another (concatenated pretty-printed objects, or one small document)
 * on bytes, through {@link JsonScanner}. It doubts wherever the scanner does; the file is then read
 * whole by Jackson, which gives the exact error and location.
 */
public final class JsonStreamScanner extends ByteScanner {
  /** The biggest root value held in the buffer; a bigger one is left to Jackson's streaming. */
  static final int MAX_VALUE_BYTES = 16 << 20;

  private final JsonRecords found;
  private final JsonScanner json;

  public JsonStreamScanner(JsonRecords records, RecordSink sink, int maxLineLength) {
    this.found = records;
    this.json = new JsonScanner(records, maxLineLength);
    json.startStream(sink);
  }

  @Override
  public boolean scan(byte[] b, int from, int to) {
    boolean ok = json.stream(b, from, to);
    lines = json.linesEnded();
    records = found.records();
    any |= json.sawValue();
    return ok;
  }

  @Override
  public int maxUnit() {
    return MAX_VALUE_BYTES;
  }

  @Override
  public boolean tooLong(byte[] b, int from, int to) {
    return false;
  }
}
