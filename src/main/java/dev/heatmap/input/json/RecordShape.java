package dev.heatmap.input.json;

import dev.heatmap.input.extract.ExportProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the records of a JSON input sit, as patterns of the path from a root value to them: a key
 * name per object level and {@code []} per array element ({@code messages/[]} is each element of
 * the root's {@code messages} array, {@code []} each element of a top-level array, and the empty
 * pattern each root value). Only objects that a pattern leads to are records; a timestamp key
 * nested inside a record (a reply stub, an embed, an edit) belongs to that record.
 *
 * <p>An optional filter keeps only records whose {@code filterKey} is {@code accept} (Telegram's
 * {@code type: "message"}); records whose key is {@code apartValue} are counted apart.
 *
 * @param patterns the patterns, each a list of segments; at most 8, each at most 7 segments
 * @param filterKey the key the filter reads in each record, or null for no filter
 * @param accept the value a record's filter key must have to count
 * @param apartValue the value that makes a left-out record counted apart, or null
 */
record RecordShape(
    List<List<String>> patterns, String filterKey, String accept, String apartValue) {
  /** The segment that stands for an element of an array. */
  static final String ELEMENT = "[]";

  private static final int MAX_PATTERNS = 8;
  private static final int MAX_SEGMENTS = 7;

  RecordShape {
    patterns = List.copyOf(patterns.stream().map(List::copyOf).toList());
    if (patterns.isEmpty() || patterns.size() > MAX_PATTERNS) {
      throw new IllegalArgumentException("1 to " + MAX_PATTERNS + " record patterns");
    }
    for (List<String> p : patterns) {
      if (p.size() > MAX_SEGMENTS) {
        throw new IllegalArgumentException("a record pattern has at most 7 segments: " + p);
      }
    }
    if ((filterKey == null) != (accept == null)) {
      throw new IllegalArgumentException("a filter needs its key and accepted value");
    }
  }

  /** Records at the given patterns, each written with {@code /} between segments. */
  static RecordShape of(String... patterns) {
    List<List<String>> list = new ArrayList<>();
    for (String p : patterns) {
      list.add(parse(p));
    }
    return new RecordShape(list, null, null, null);
  }

  /** This shape keeping only records whose {@code key} is {@code accept}. */
  RecordShape filtered(String key, String acceptValue, String apart) {
    return new RecordShape(patterns, key, acceptValue, apart);
  }

  static List<String> parse(String pattern) {
    return ExportProfile.segments(pattern);
  }

  /** Where a profile's records are, with its filter. */
  static RecordShape of(ExportProfile p) {
    return new RecordShape(p.records(), p.filterKey(), p.accepted(), p.apart());
  }

  /** The key names the shape compares keys with. */
  Set<String> names() {
    Set<String> set = new HashSet<>();
    for (List<String> p : patterns) {
      set.addAll(p);
    }
    if (filterKey != null) {
      set.add(filterKey);
    }
    return set;
  }

  /** The match state of a root value: every pattern at its start. */
  long rootMatch() {
    long m = 0;
    for (int i = 0; i < patterns.size(); i++) {
      m |= 1L << (8 * i);
    }
    return m;
  }

  /**
   * The match state of a child of a frame whose state is {@code parent}: under key {@code key} of
   * an object, or an element of an array ({@code parentObject} false).
   */
  long step(long parent, boolean parentObject, String key) {
    // Hot path (once per nested object or array): a few bit tests, no allocation.
    long m = 0;
    for (int i = 0; i < patterns.size(); i++) {
      List<String> p = patterns.get(i);
      for (int at = 0; at < p.size(); at++) {
        if ((parent & (1L << (8 * i + at))) == 0) {
          continue;
        }
        String seg = p.get(at);
        boolean ok = parentObject ? key != null && seg.equals(key) : seg.equals(ELEMENT);
        if (ok) {
          m |= 1L << (8 * i + at + 1);
        }
      }
    }
    return m;
  }

  /** Whether a frame in state {@code m} is a record: some pattern matched to its end. */
  boolean isRecord(long m) {
    for (int i = 0; i < patterns.size(); i++) {
      if ((m & (1L << (8 * i + patterns.get(i).size()))) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The patterns as the notes write them: {@code messages[]}, {@code chats.list[].messages[]}. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    for (List<String> p : patterns) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(describe(p));
    }
    return sb.toString();
  }

  static String describe(List<String> p) {
    return ExportProfile.describe(p);
  }
}
