package dev.heatmap.grid.infer;

import dev.heatmap.grid.TzEvidence;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ways to turn UTC into local time in one year: one model per distinct weekly offset pattern of
 * the catalog's zones (zones that change at the same weeks by the same amounts share one), and a
 * fixed model for every offset some zone shows. Built once per year and passed to the inference;
 * immutable.
 */
public final class ZoneModels {
  /** A way to turn UTC into local time: its offset per week of the year and the zones using it. */
  record Model(int[] offsets, List<String> zones, int order, boolean fixed) {
    Model {
      zones = List.copyOf(zones);
    }

    /** Whether the data cover weeks with different offsets of this model. */
    boolean seen(long[] weekTotals) {
      int first = Integer.MIN_VALUE;
      for (int w = 0; w < offsets.length; w++) {
        if (weekTotals[w] > 0) {
          if (first == Integer.MIN_VALUE) {
            first = offsets[w];
          } else if (offsets[w] != first) {
            return true;
          }
        }
      }
      return false;
    }
  }

  private final int year;
  private final List<Model> models;

  private ZoneModels(int year, List<Model> models) {
    this.year = year;
    this.models = List.copyOf(models);
  }

  int year() {
    return year;
  }

  List<Model> models() {
    return models;
  }

  /** The models of {@code catalog}'s zones in {@code year}. */
  public static ZoneModels of(ZoneCatalog catalog, int year) {
    Map<String, int[]> offsetsByKey = new LinkedHashMap<>();
    Map<String, List<String>> zonesByKey = new LinkedHashMap<>();
    for (String zone : catalog.zones()) {
      ZoneRules rules;
      try {
        rules = ZoneId.of(zone).getRules();
      } catch (DateTimeException e) {
        continue; // a zone this JDK's tz data does not have
      }
      int[] offsets = weekOffsets(rules, year);
      String key = Arrays.toString(offsets);
      offsetsByKey.putIfAbsent(key, offsets);
      zonesByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(zone);
    }
    List<Integer> inUse = new ArrayList<>();
    for (int[] offsets : offsetsByKey.values()) {
      for (int o : offsets) {
        if (!inUse.contains(o)) {
          inUse.add(o);
        }
      }
    }
    for (int o : inUse) {
      int[] fixed = new int[TzEvidence.WEEKS];
      Arrays.fill(fixed, o);
      String key = Arrays.toString(fixed);
      offsetsByKey.putIfAbsent(key, fixed);
      zonesByKey.putIfAbsent(key, new ArrayList<>());
    }
    List<Model> list = new ArrayList<>();
    for (Map.Entry<String, int[]> e : offsetsByKey.entrySet()) {
      int[] o = e.getValue();
      boolean fixed = true;
      for (int x : o) {
        fixed &= x == o[0];
      }
      list.add(new Model(o, zonesByKey.get(e.getKey()), list.size(), fixed));
    }
    return new ZoneModels(year, list);
  }

  /** Every offset some zone shows in the year, in seconds. */
  List<Integer> offsetsInUse() {
    List<Integer> list = new ArrayList<>();
    for (Model m : models) {
      if (m.fixed()) {
        list.add(m.offsets()[0]);
      }
    }
    return list;
  }

  /** The offset of a zone in the middle of each week of {@code year}, rounded to 15 minutes. */
  static int[] weekOffsets(ZoneRules rules, int year) {
    long jan1 = LocalDate.of(year, 1, 1).toEpochDay() * 86400L + 12 * 3600L;
    int[] offsets = new int[TzEvidence.WEEKS];
    for (int w = 0; w < TzEvidence.WEEKS; w++) {
      Instant mid = Instant.ofEpochSecond(jan1 + (7L * w + 3) * 86400L);
      offsets[w] = 900 * Math.round(rules.getOffset(mid).getTotalSeconds() / 900f);
    }
    return offsets;
  }
}
