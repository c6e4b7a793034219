package dev.heatmap.input.json;

import dev.heatmap.input.extract.FieldSpec;
import java.util.List;

/**
 * A {@code --field} or {@code --group-by} spelling as a JSON path: a key ({@code ts}), a dotted
 * path ({@code event.created}, which also matches a key literally named so), or a JSON Pointer
 * ({@code /event/created}, anchored at each root value or element of a top-level array; a numeric
 * token matches that array element). The record is the innermost object from which the path leads
 * to a value.
 */
public final class JsonPath {
  final String[] segments;
  final String last;
  final boolean anchored;

  /** The key as written when it holds dots, so that a key named {@code a.b} also matches. */
  final String literal;

  private final String text;

  JsonPath(FieldSpec spec) {
    List<String> list = spec.segments();
    this.segments = list.toArray(new String[0]);
    this.last = segments[segments.length - 1];
    this.anchored = spec.isPointer();
    this.literal = !anchored && segments.length > 1 ? spec.text() : null;
    this.text = spec.text();
  }

  /**
   * A path that is a single key, taken literally: a detected key may be empty or blank, or hold
   * dots or start with a slash, and none of that is path syntax here.
   */
  public static JsonPath key(String name) {
    return new JsonPath(name);
  }

  /**
   * A path relative to a record, given as its key segments (a profile's time or actor field); a
   * segment may hold dots ({@code id.orig_h}).
   */
  static JsonPath ofSegments(List<String> segments) {
    return new JsonPath(segments.toArray(new String[0]), String.join(".", segments));
  }

  private JsonPath(String[] segments, String text) {
    this.segments = segments;
    this.last = segments[segments.length - 1];
    this.anchored = false;
    this.literal = null;
    this.text = text;
  }

  private JsonPath(String key) {
    this.segments = new String[] {key};
    this.last = key;
    this.anchored = false;
    this.literal = null;
    this.text = key;
  }

  @Override
  public String toString() {
    return text;
  }
}
