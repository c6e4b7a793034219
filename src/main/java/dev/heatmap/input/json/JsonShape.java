package dev.heatmap.input.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.heatmap.input.extract.ExportProfile;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The structure of the start of a JSON input: for each place objects occur (a pattern as in {@link
 * RecordShape}, written with {@code /}), how many objects were seen there and which keys they held,
 * with a few of each key's values. Export profiles are recognised from it, and a generic input's
 * records are placed with it.
 */
final class JsonShape implements ExportProfile.Structure {
  /** The most patterns and keys per pattern kept: hostile input cannot grow the sample. */
  private static final int MAX_PATTERNS = 512;

  private static final int MAX_KEYS = 256;
  private static final int MAX_VALUES = 3;

  /** One key's presence in the objects of one pattern. */
  static final class Key {
    int present;
    int nulls;
    int texts;
    int numbers;
    int containers;
    final List<String> values = new ArrayList<>(MAX_VALUES);
  }

  /** The objects seen at one pattern. */
  static final class Place {
    final String pattern;
    final int depth;
    int objects;
    final Map<String, Key> keys = new LinkedHashMap<>();

    Place(String pattern, int depth) {
      this.pattern = pattern;
      this.depth = depth;
    }
  }

  private final Map<String, Place> places = new LinkedHashMap<>();

  /** The shape of {@code text}: one JSON document, several root values, or JSON lines. */
  static JsonShape of(JsonFactory factory, String text, boolean lines) {
    JsonShape shape = new JsonShape();
    if (lines) {
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        String line = text.substring(start, end);
        start = end + 1;
        if (!line.isBlank()) {
          shape.read(factory, line);
        }
      }
    } else {
      shape.read(factory, text);
    }
    return shape;
  }

  private void read(JsonFactory factory, String text) {
    List<String> patterns = new ArrayList<>();
    List<Boolean> objects = new ArrayList<>();
    String name = null;
    try (JsonParser p = factory.createParser(new StringReader(text))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        switch (t) {
          case FIELD_NAME -> name = p.currentName();
          case START_OBJECT, START_ARRAY -> {
            String pattern;
            if (patterns.isEmpty()) {
              pattern = "";
            } else {
              String parent = patterns.get(patterns.size() - 1);
              boolean inObject = objects.get(objects.size() - 1);
              if (inObject) {
                key(parent, name, 2, null);
              }
              String seg = inObject ? name : RecordShape.ELEMENT;
              pattern = parent.isEmpty() ? seg : parent + "/" + seg;
            }
            patterns.add(pattern);
            objects.add(t == JsonToken.START_OBJECT);
            if (t == JsonToken.START_OBJECT) {
              Place place = place(pattern, patterns.size() - 1);
              if (place != null) {
                place.objects++;
              }
            }
          }
          case END_OBJECT, END_ARRAY -> {
            patterns.remove(patterns.size() - 1);
            objects.remove(objects.size() - 1);
          }
          default -> {
            if (!objects.isEmpty() && objects.get(objects.size() - 1)) {
              String parent = patterns.get(patterns.size() - 1);
              int kind = t == JsonToken.VALUE_NULL ? 0 : t == JsonToken.VALUE_STRING ? 1 : 3;
              if (t.isNumeric()) {
                kind = 4;
              }
              key(parent, name, kind, kind == 1 || kind == 4 ? p.getText() : null);
            }
          }
        }
      }
    } catch (IOException e) {
      // The sample ends at the first error or where the look-ahead cut the input.
    }
  }

  private Place place(String pattern, int depth) {
    Place place = places.get(pattern);
    if (place == null && places.size() < MAX_PATTERNS) {
      place = new Place(pattern, depth);
      places.put(pattern, place);
    }
    return place;
  }

  /** Kind: 0 null, 1 text, 2 object or array, 3 other scalar, 4 number. */
  private void key(String pattern, String name, int kind, String value) {
    Place place = places.get(pattern);
    if (place == null || name == null) {
      return;
    }
    Key key = place.keys.get(name);
    if (key == null) {
      if (place.keys.size() >= MAX_KEYS) {
        return;
      }
      key = new Key();
      place.keys.put(name, key);
    }
    key.present++;
    switch (kind) {
      case 0 -> key.nulls++;
      case 1 -> key.texts++;
      case 2 -> key.containers++;
      case 4 -> key.numbers++;
      default -> {}
    }
    if (value != null && key.values.size() < MAX_VALUES && value.length() <= 256) {
      key.values.add(value);
    }
  }

  /** The places objects were seen, in the order first seen. */
  Iterable<Place> places() {
    return places.values();
  }

  Place place(String pattern) {
    return places.get(pattern);
  }

  /** Whether objects at {@code pattern} hold {@code key} (with any value). */
  @Override
  public boolean has(String pattern, String key) {
    Place p = places.get(pattern);
    return p != null && p.keys.containsKey(key);
  }

  /** The first text or number value of {@code key} at {@code pattern}, or null. */
  @Override
  public String first(String pattern, String key) {
    Place p = places.get(pattern);
    Key k = p == null ? null : p.keys.get(key);
    return k == null || k.values.isEmpty() ? null : k.values.get(0);
  }

  /** Whether any sampled value of {@code key} at {@code pattern} is {@code value}. */
  @Override
  public boolean hasValue(String pattern, String key, String value) {
    Place p = places.get(pattern);
    Key k = p == null ? null : p.keys.get(key);
    return k != null && k.values.contains(value);
  }

  /**
   * Where the records holding {@code key} are: the pattern with the most objects holding it (the
   * shallowest among equals), and the other patterns that end in the same segment and are not
   * inside it (Telegram's chats and left chats). A key nested inside those records belongs to them.
   */
  RecordShape recordsOf(String key) {
    Place best = null;
    for (Place p : places.values()) {
      Key k = p.keys.get(key);
      if (k == null || k.present - k.containers <= 0) {
        continue;
      }
      Key b = best == null ? null : best.keys.get(key);
      if (best == null
          || k.present > b.present
          || (k.present == b.present && p.depth < best.depth)) {
        best = p;
      }
    }
    if (best == null) {
      return null;
    }
    List<List<String>> patterns = new ArrayList<>();
    patterns.add(RecordShape.parse(best.pattern));
    String last = last(best.pattern);
    for (Place p : places.values()) {
      if (p != best
          && patterns.size() < 8
          && p.keys.containsKey(key)
          && !last.isEmpty()
          && last.equals(last(p.pattern))
          && !p.pattern.startsWith(best.pattern + "/")
          && !best.pattern.startsWith(p.pattern + "/")
          && RecordShape.parse(p.pattern).size() <= 7) {
        patterns.add(RecordShape.parse(p.pattern));
      }
    }
    return new RecordShape(patterns, null, null, null);
  }

  /**
   * The shallowest depth at which {@code key} holds a scalar, and at that depth the most objects
   * holding it; for ranking keys (a key present in every record at the top beats one in nested
   * steps).
   */
  int depthOf(String key) {
    int depth = Integer.MAX_VALUE;
    for (Place p : places.values()) {
      Key k = p.keys.get(key);
      if (k != null && k.present > k.containers && p.depth < depth) {
        depth = p.depth;
      }
    }
    return depth;
  }

  private static String last(String pattern) {
    int slash = pattern.lastIndexOf('/');
    String seg = slash < 0 ? pattern : pattern.substring(slash + 1);
    if (seg.equals(RecordShape.ELEMENT) && slash > 0) {
      int before = pattern.lastIndexOf('/', slash - 1);
      seg = pattern.substring(before + 1);
    }
    return seg;
  }
}
