package dev.heatmap.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How close two spellings are, for "did you mean" in messages about options, zones and fields. Not
 * for per-record code: it allocates a table per comparison.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The edit distance of {@code a} and {@code b}: insertions, deletions, substitutions and swaps of
   * neighbouring letters each cost one (so {@code fromat} is one from {@code format}).
   */
  public static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, d[i - 2][j - 2] + 1);
        }
        d[i][j] = v;
      }
    }
    return d[a.length()][b.length()];
  }

  /**
   * {@code names} ordered nearest to {@code typed} first (ignoring case; a name that contains what
   * was typed counts as near), ties in their given order.
   */
  public static List<String> nearestFirst(String typed, List<String> names) {
    String t = typed.toLowerCase(Locale.ROOT);
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(n -> closeness(t, n.toLowerCase(Locale.ROOT))));
    return sorted;
  }

  private static int closeness(String typed, String name) {
    if (name.contains(typed) || typed.contains(name)) {
      return -typed.length() - Math.min(name.length(), typed.length());
    }
    // A shared start counts for more than the letters after it: origin_ts is nearer to
    // origin_server_ts than to room_id, though as many edits from both.
    int prefix = 0;
    while (prefix < typed.length()
        && prefix < name.length()
        && typed.charAt(prefix) == name.charAt(prefix)) {
      prefix++;
    }
    return distance(typed, name) - prefix;
  }
}
