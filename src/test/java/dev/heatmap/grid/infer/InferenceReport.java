package dev.heatmap.grid.infer;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * The harness's report mode: prints the table by actor kind and the reliability curve for a
 * population of synthetic actors. Skipped unless asked for:
 *
 * <pre>
 * mvn -o -q test -Dtest=InferenceReport -Dinference.report=true \
 *     [-Dinference.seed=2] [-Dinference.perKind=40] [-Dinference.misses=30]
 * </pre>
 *
 * The default seed (2) is not the seed the floors test uses (1), so the report is on actors the
 * floors were not set on.
 */
class InferenceReport {
  @Test
  void report() {
    assumeTrue(Boolean.getBoolean("inference.report"), "set -Dinference.report=true");
    long seed = Long.getLong("inference.seed", 2);
    int perKind = Integer.getInteger("inference.perKind", 40);
    Scorecard card = Scorecard.of(SyntheticActors.population(seed, perKind));
    System.out.println(
        "\nTime-zone inference on "
            + card.outcomes.size()
            + " synthetic actors (seed "
            + seed
            + ")\n");
    System.out.println(card.table());
    int misses = Integer.getInteger("inference.misses", 0);
    if (misses > 0) {
      System.out.println("misses:\n" + card.misses(misses));
    }
  }
}
