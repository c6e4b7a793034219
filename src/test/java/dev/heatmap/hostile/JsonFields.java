package dev.heatmap.hostile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The top-level scalar fields of a {@code -f json} report: total, skipped, first, last, … */
final class JsonFields {
  private JsonFields() {}

  static Map<String, String> of(String json) {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("not a JSON report: " + json);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken t = p.nextToken();
        if (t.isStructStart()) {
          p.skipChildren();
        } else {
          fields.put(name, t == JsonToken.VALUE_NULL ? null : p.getText());
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        throw new IllegalArgumentException("a report that does not end where it should");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return fields;
  }
}
