package dev.heatmap.input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Plain text: one timestamp per non-blank line; blank lines are not records. */
final class TextExtractor implements Extractor {
  @Override
  public void extract(Source source, InputStream in, RecordSink sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    long line = 0;
    for (String s = reader.readLine(); s != null; s = reader.readLine()) {
      line++;
      if (!s.isBlank()) {
        sink.text(s, null, line);
      }
    }
  }
}
