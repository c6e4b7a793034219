package dev.heatmap.input.json;

import com.fasterxml.jackson.core.JsonFactory;
import dev.heatmap.core.RecordSink;
import dev.heatmap.input.bytes.LineScanner;
import dev.heatmap.input.bytes.Utf8Text;
import java.io.IOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON lines on bytes: each non-blank line through {@link JsonScanner}; a line it doubts is read by
 * Jackson from the line's characters, exactly as the character path reads every line, so a
 * malformed line is skipped and reported with Jackson's words.
 */
public final class JsonLinesScanner extends LineScanner {
  private final JsonRecords found;
  private final JsonScanner json;
  private final RecordSink sink;
  private final int maxLineLength;
  private JsonFactory factory;
  private CharsetDecoder decoder;
  private char[] chars = new char[256];

  public JsonLinesScanner(JsonRecords records, RecordSink sink, int maxLineLength, boolean whole) {
    super(maxLineLength, whole);
    this.found = records;
    this.json = new JsonScanner(records, maxLineLength);
    this.sink = sink;
    this.maxLineLength = maxLineLength;
  }

  @Override
  public boolean line(byte[] b, int from, int to) throws IOException {
    if (!json.line(b, from, to, sink, lines)) {
      if (factory == null) {
        factory = JsonExtractor.factory(maxLineLength);
        decoder =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
      }
      if (chars.length < to - from) {
        chars = new char[Math.max(to - from, chars.length * 2)];
      }
      int n = Utf8Text.decode(decoder, b, from, to, chars);
      JsonExtractor.readLine(factory, found, chars, n, sink, lines);
    }
    records = found.records();
    return true;
  }
}
