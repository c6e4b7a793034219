package dev.heatmap.grid.infer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.LongConsumer;
import java.util.random.RandomGenerator;

/**
 * A synthetic office worker for validating {@link TzInference}: habits drawn at random (start
 * 07:00–10:00, mostly on the hour; a lunch break four times in five; a working day of 8 to 10
 * hours; evening sessions, weekend sessions and stray activity at their own rates) and lived day by
 * day in a real zone, with straggling arrivals, uneven days and days off. The generator is not the
 * inference's model: times are continuous, arrivals and departures jitter, rates vary per day.
 */
final class OfficeActor {
  final double start;
  final double lunch; // negative: no lunch break
  final double lunchLength;
  final double end;
  final double rate; // events per working hour
  final double eveningChance;
  final double weekendChance;
  final double stray; // off-work activity, relative to the working rate
  final double bed;
  final double wake;

  private final RandomGenerator random;

  OfficeActor(RandomGenerator random) {
    this.random = random;
    start =
        pick(
            new double[] {7, 7.5, 8, 8.5, 9, 9.5, 10, 10.5, 11},
            .03,
            .04,
            .17,
            .12,
            .27,
            .14,
            .15,
            .05,
            .03);
    lunch =
        random.nextDouble() < 0.8
            ? pick(new double[] {11.5, 12, 12.5, 13, 13.5}, .15, .35, .2, .2, .1)
            : -1;
    lunchLength = pick(new double[] {0.75, 1, 1.5}, 1 / 3.0, 1 / 3.0, 1 / 3.0);
    end = start + pick(new double[] {8, 8.5, 9, 9.5, 10}, .2, .2, .2, .2, .2);
    rate = uniform(1.5, 12);
    eveningChance = uniform(0, 0.6);
    weekendChance = uniform(0, 0.35);
    stray = uniform(0, 0.06);
    bed = uniform(22.5, 25);
    wake = uniform(6, Math.min(7.75, start - 0.25));
  }

  /**
   * Lives {@code days} days from {@code first} in {@code zone}, handing each event's instant on.
   */
  void live(ZoneId zone, LocalDate first, int days, LongConsumer out) {
    for (int i = 0; i < days; i++) {
      LocalDate d = first.plusDays(i);
      boolean weekday = d.getDayOfWeek().getValue() <= 5;
      if (weekday && random.nextDouble() > 0.04) {
        double arrive = start + Math.abs(normal(0.15)) + exponential(0.1);
        double leave = end + exponential(0.4) - exponential(0.15);
        double r = rate * uniform(0.4, 1.6);
        if (lunch >= 0) {
          double ls = lunch + normal(0.1);
          events(zone, d, arrive, ls, r, out);
          events(zone, d, ls, ls + lunchLength, r * 0.08, out);
          events(zone, d, ls + lunchLength, leave, r, out);
        } else {
          events(zone, d, arrive, leave, r, out);
        }
        if (random.nextDouble() < eveningChance) {
          double es = uniform(Math.max(19, end + 0.5), Math.max(19.5, Math.min(bed, 24) - 0.5));
          events(zone, d, es, Math.min(es + uniform(0.3, 2.0), 23.99), r * 0.6, out);
        }
        events(zone, d, wake, arrive, stray * r, out);
        events(zone, d, leave, Math.min(bed, 24), stray * r, out);
        events(zone, d, 0, bed - 24, stray * r, out);
        events(zone, d, Math.max(0, bed - 24), wake, 0.05 * stray * r, out);
      } else if (!weekday && random.nextDouble() < weekendChance) {
        double ws = uniform(9, 17);
        events(zone, d, ws, Math.min(ws + uniform(0.5, 4), 23.9), rate * 0.5, out);
      }
    }
  }

  /** A Poisson process of {@code perHour} events per hour between two local hours of {@code d}. */
  private void events(
      ZoneId zone, LocalDate d, double from, double to, double perHour, LongConsumer out) {
    if (to <= from || perHour <= 0) {
      return;
    }
    for (double h = from + exponential(1 / perHour); h < to; h += exponential(1 / perHour)) {
      LocalDateTime local = d.atStartOfDay().plusNanos((long) (h * 3600e9));
      out.accept(ZonedDateTime.of(local, zone).toEpochSecond());
    }
  }

  private double pick(double[] values, double... weights) {
    double u = random.nextDouble();
    for (int i = 0; i < values.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private double uniform(double a, double b) {
    return a + (b - a) * random.nextDouble();
  }

  private double normal(double sd) {
    return random.nextGaussian() * sd;
  }

  private double exponential(double mean) {
    return -mean * Math.log(1 - random.nextDouble());
  }
}
