package dev.heatmap.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a test's JSON output into maps, lists, strings, longs and doubles. */
public final class JsonTree {
  private JsonTree() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> parse(byte[] json) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(json)) {
      p.nextToken();
      return (Map<String, Object>) value(p);
    }
  }

  public static Map<String, Object> parse(String json) throws IOException {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A 7 × 24 array of whole numbers. */
  public static long[][] longs(Object rows) {
    List<?> r = (List<?>) rows;
    long[][] out = new long[r.size()][];
    for (int d = 0; d < r.size(); d++) {
      List<?> row = (List<?>) r.get(d);
      out[d] = new long[row.size()];
      for (int h = 0; h < row.size(); h++) {
        out[d][h] = ((Number) row.get(h)).longValue();
      }
    }
    return out;
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          m.put(name, value(p));
        }
        return m;
      }
      case START_ARRAY -> {
        List<Object> l = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          l.add(value(p));
        }
        return l;
      }
      case VALUE_STRING -> {
        return p.getText();
      }
      case VALUE_NUMBER_INT -> {
        return p.getLongValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        return p.getDecimalValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      default -> throw new IOException("unexpected " + t);
    }
  }
}
