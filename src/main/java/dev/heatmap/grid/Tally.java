package dev.heatmap.grid;

import dev.heatmap.time.InstantSink;
import dev.heatmap.time.ZoneBinner;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts instants into the overall grid and, when grouping, one grid per group, in one zone. One
 * tally per worker; {@link #merge} combines them.
 */
public final class Tally implements InstantSink {
  private final ZoneBinner binner;
  private final WeekHourGrid overall = new WeekHourGrid();
  private final Map<String, WeekHourGrid> groups = new HashMap<>();
  private final TzEvidence evidence;

  public Tally(ZoneId zone) {
    this(zone, false);
  }

  /** A tally that also gathers the evidence for {@code --infer-tz} when {@code inferTz}. */
  public Tally(ZoneId zone, boolean inferTz) {
    this.binner = new ZoneBinner(zone);
    this.evidence = inferTz ? new TzEvidence() : null;
  }

  @Override
  public void instant(long epochSecond, String group) {
    // Hot path: one cell computation, two array increments when not grouping.
    int cell = binner.cell(epochSecond);
    overall.add(cell, epochSecond);
    if (evidence != null) {
      evidence.add(epochSecond);
    }
    if (group != null) {
      groups.computeIfAbsent(group, g -> new WeekHourGrid()).add(cell, epochSecond);
    }
  }

  @Override
  public void skipped(String group) {
    overall.skip();
    if (group != null) {
      groups.computeIfAbsent(group, g -> new WeekHourGrid()).skip();
    }
  }

  @Override
  public void filtered(String group) {
    overall.filter();
    if (group != null) {
      groups.computeIfAbsent(group, g -> new WeekHourGrid()).filter();
    }
  }

  /** Adds another worker's counts. */
  public void merge(Tally other) {
    overall.merge(other.overall);
    if (evidence != null && other.evidence != null) {
      evidence.merge(other.evidence);
    }
    other.groups.forEach(
        (name, g) -> groups.computeIfAbsent(name, n -> new WeekHourGrid()).merge(g));
  }

  /** The evidence for {@code --infer-tz}, or null when it is not gathered. */
  public TzEvidence evidence() {
    return evidence;
  }

  public WeekHourGrid overall() {
    return overall;
  }

  /** The groups, largest total first, ties by name. */
  public List<Group> groups() {
    List<Group> list = new ArrayList<>();
    groups.forEach((name, grid) -> list.add(new Group(name, grid)));
    list.sort(
        Comparator.comparingLong((Group g) -> g.grid().total())
            .reversed()
            .thenComparing(Group::name));
    return list;
  }

  /** One group's grid. */
  public record Group(String name, WeekHourGrid grid) {}
}
