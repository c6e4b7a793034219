package dev.heatmap.dist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** The top-level {@code total} and {@code counts} of a {@code -f json} report. */
record JsonReport(long total, long[][] counts) {
  static JsonReport parse(String json) throws IOException {
    long total = -1;
    long[][] counts = null;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a JSON object: " + json);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("total")) {
          total = p.getLongValue();
        } else if (name.equals("counts")) {
          counts = new long[7][24];
          for (int d = 0; p.nextToken() == JsonToken.START_ARRAY; d++) {
            for (int h = 0; p.nextToken() != JsonToken.END_ARRAY; h++) {
              counts[d][h] = p.getLongValue();
            }
          }
        } else {
          p.skipChildren();
        }
      }
    }
    if (total < 0 || counts == null) {
      throw new IOException("no total or counts in: " + json);
    }
    return new JsonReport(total, counts);
  }

  long cell(int day, int hour) {
    return counts[day][hour];
  }

  long sum() {
    long s = 0;
    for (long[] row : counts) {
      for (long c : row) {
        s += c;
      }
    }
    return s;
  }
}
