package dev.heatmap.grid.infer;

import dev.heatmap.grid.TzEvidence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A second population of synthetic actors, written apart from {@link SyntheticActors} to catch a
 * model tuned to one generator's shapes: the inference is never tuned on it. It shares only the
 * kinds (so that {@link Scorecard} reads both) and differs in every shape: activity is an
 * inhomogeneous Poisson process of clustered events (a cluster of a few messages within minutes)
 * whose rate follows the day smoothly rather than in sessions; arrivals straggle log-normally
 * (median ten minutes, a long tail); lunch is a dip in the rate, not a stop; the evening after work
 * fades out over hours; six-day weeks work a short Saturday; shift work is four twelve-hour shifts
 * on, four off; sparse actors keep 80–300 events; crews may have a member who lives three hours
 * away; the zones are partly other zones. Deterministic per seed.
 */
final class OtherActors {
  private OtherActors() {}

  static final List<String> WHOLE =
      List.of(
          "Asia/Shanghai",
          "Asia/Hong_Kong",
          "Asia/Taipei",
          "Asia/Tokyo",
          "Asia/Pyongyang",
          "Europe/Moscow",
          "Europe/Paris",
          "Europe/Warsaw",
          "Europe/Bucharest",
          "Europe/Minsk",
          "Asia/Tbilisi",
          "Asia/Baku",
          "Asia/Almaty",
          "Asia/Bangkok",
          "Asia/Singapore",
          "America/Denver",
          "America/Toronto",
          "America/Lima",
          "America/Caracas",
          "America/Halifax",
          "Atlantic/Azores",
          "Africa/Cairo",
          "Africa/Casablanca",
          "Africa/Accra",
          "Pacific/Honolulu",
          "Asia/Yakutsk",
          "Asia/Magadan",
          "Australia/Brisbane",
          "Asia/Dhaka",
          "Asia/Karachi");

  static final List<String> SIX_DAY = List.of("Asia/Shanghai", "Europe/Moscow", "Asia/Pyongyang");
  static final List<String> FRI_SAT =
      List.of("Asia/Riyadh", "Asia/Qatar", "Asia/Bahrain", "Africa/Cairo", "Asia/Dhaka");
  static final List<String> FRI = List.of("Asia/Tehran", "Asia/Kabul");
  static final List<String> DST =
      List.of(
          "Europe/Paris",
          "Europe/Warsaw",
          "Europe/Athens",
          "America/Denver",
          "America/Toronto",
          "America/Halifax",
          "Australia/Melbourne",
          "America/Mexico_City",
          "Asia/Tehran",
          "America/Havana");
  static final List<String> ODD =
      List.of(
          "Asia/Kolkata",
          "Asia/Kolkata",
          "Asia/Kolkata",
          "Asia/Tehran",
          "Asia/Kathmandu",
          "America/St_Johns",
          "Australia/Adelaide",
          "Asia/Yangon",
          "Asia/Colombo",
          "Australia/Darwin");

  /** {@code perKind} actors of every kind from {@code seed}. */
  static List<SyntheticActors.Actor> population(long seed, int perKind) {
    List<SyntheticActors.Actor> list = new java.util.ArrayList<>();
    for (SyntheticActors.Kind kind : SyntheticActors.Kind.values()) {
      for (int i = 0; i < perKind; i++) {
        list.add(actor(kind, seed * 7_000_003L + kind.ordinal() * 1_009L + i));
      }
    }
    return list;
  }

  static SyntheticActors.Actor actor(SyntheticActors.Kind kind, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    String zone =
        switch (kind) {
          case SIX_DAY -> pick(r, SIX_DAY);
          case SUN_THU -> pick(r, FRI_SAT);
          case FRI_REST -> pick(r, FRI);
          case DST -> pick(r, DST);
          case ODD_OFFSET -> pick(r, ODD);
          default -> pick(r, WHOLE);
        };
    ZoneId id = ZoneId.of(zone);
    LocalDate first;
    int days;
    if (kind == SyntheticActors.Kind.DST) {
      LocalDate probe = LocalDate.of(2018 + r.nextInt(7), 1 + r.nextInt(12), 10);
      ZoneOffsetTransition t = id.getRules().nextTransition(probe.atStartOfDay(id).toInstant());
      if (t == null) {
        t = id.getRules().previousTransition(probe.atStartOfDay(id).toInstant());
      }
      LocalDate change = t.getInstant().atZone(id).toLocalDate();
      first = change.minusDays(30 + r.nextInt(90));
      days = (int) (change.toEpochDay() - first.toEpochDay()) + 30 + r.nextInt(90);
    } else {
      first = LocalDate.of(2018, 3, 1).plusDays(r.nextInt(7 * 365));
      days = 45 + r.nextInt(300);
    }
    TzEvidence e = new TzEvidence();
    StringBuilder habits = new StringBuilder();
    switch (kind) {
      case CREW -> {
        int members = 3 + r.nextInt(4);
        boolean away = r.nextDouble() < 0.3;
        for (int m = 0; m < members; m++) {
          ZoneId z = away && m == members - 1 ? ZoneId.ofOffset("UTC", shifted(id, first)) : id;
          Worker w = Worker.office(r, rest(zone, r));
          habits.append(m == 0 ? "" : "; ").append(z == id ? "" : "away ").append(w);
          w.live(z, first, days, e::add, 1.0);
        }
      }
      case SPARSE -> {
        Worker w = Worker.office(r, rest(zone, r));
        habits.append(w);
        long[] count = new long[1];
        w.live(id, first, days, epoch -> count[0]++, 1.0);
        double keep = (80 + r.nextInt(221)) / (double) Math.max(1, count[0]);
        // The same life again, thinned: each event kept with the chance that leaves 80-300.
        Worker again = w.copy(new SplittableRandom(seed));
        again.live(id, first, days, e::add, keep);
      }
      default -> {
        Worker w =
            switch (kind) {
              case SIX_DAY -> Worker.office(r, Set.of(DayOfWeek.SUNDAY)).shortSaturday();
              case SUN_THU -> Worker.office(r, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
              case FRI_REST -> Worker.office(r, Set.of(DayOfWeek.FRIDAY));
              case EVENING -> Worker.evening(r);
              case LATE_RISER -> Worker.late(r);
              case SHIFT -> Worker.shift(r);
              default -> Worker.office(r, rest(zone, r));
            };
        habits.append(w);
        w.live(id, first, days, e::add, 1.0);
      }
    }
    return new SyntheticActors.Actor(kind, zone, seed, "other: " + habits, e);
  }

  /** A fixed offset three hours from {@code zone}'s at {@code day}, east or west. */
  private static java.time.ZoneOffset shifted(ZoneId zone, LocalDate day) {
    int s = zone.getRules().getOffset(day.atStartOfDay(zone).toInstant()).getTotalSeconds();
    int o = s + (s > 0 ? -3 : 3) * 3600;
    return java.time.ZoneOffset.ofTotalSeconds(o);
  }

  private static Set<DayOfWeek> rest(String zone, SplittableRandom r) {
    if (FRI_SAT.contains(zone) && r.nextDouble() < 0.85) {
      return Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }
    if (FRI.contains(zone) && r.nextDouble() < 0.85) {
      return Set.of(DayOfWeek.FRIDAY);
    }
    return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** Receives event instants. */
  interface Events {
    void add(long epochSecond);
  }

  /** One worker: a rate of activity over the local day, lived as clustered Poisson events. */
  static final class Worker {
    enum Kind {
      OFFICE,
      EVENING,
      LATE,
      SHIFT
    }

    final Kind kind;
    SplittableRandom r;
    final Set<DayOfWeek> rest;
    double start;
    double end;
    double lunch = -1;
    double lunchLength;
    double wake;
    double bed;
    double peak; // events per hour at work
    double evening; // share of the peak rate just after work, fading out by bed
    double weekendChance;
    boolean shortSaturday;
    double jitter; // day-to-day sd of start, hours

    private Worker(Kind kind, SplittableRandom r, Set<DayOfWeek> rest) {
      this.kind = kind;
      this.r = r;
      this.rest = rest;
      peak = 3 + 25 * r.nextDouble();
      jitter = 0.1 + 0.3 * r.nextDouble();
      wake = 6 + 2 * r.nextDouble();
    }

    Worker copy(SplittableRandom other) {
      Worker w = new Worker(kind, other, rest);
      w.start = start;
      w.end = end;
      w.lunch = lunch;
      w.lunchLength = lunchLength;
      w.wake = wake;
      w.bed = bed;
      w.peak = peak;
      w.evening = evening;
      w.weekendChance = weekendChance;
      w.shortSaturday = shortSaturday;
      w.jitter = jitter;
      return w;
    }

    static Worker office(SplittableRandom r, Set<DayOfWeek> rest) {
      Worker w = new Worker(Kind.OFFICE, r, rest);
      double[] starts = {7.5, 8, 8.5, 9, 9, 9.5, 10};
      w.start = r.nextDouble() < 0.3 ? 7 + 3.5 * r.nextDouble() : starts[r.nextInt(starts.length)];
      w.end = w.start + 8 + 1.75 * r.nextDouble();
      if (r.nextDouble() < 0.75) {
        w.lunch = 11.75 + 1.75 * r.nextDouble();
        w.lunchLength = 0.5 + 0.75 * r.nextDouble();
      }
      w.wake = Math.min(w.wake, w.start - 0.75);
      w.bed = 22 + 3 * r.nextDouble();
      w.evening = 0.3 * r.nextDouble();
      w.weekendChance = 0.3 * r.nextDouble();
      return w;
    }

    Worker shortSaturday() {
      shortSaturday = true;
      return this;
    }

    static Worker evening(SplittableRandom r) {
      Worker w = new Worker(Kind.EVENING, r, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
      w.start = 18 + 2.5 * r.nextDouble();
      w.bed = 23 + 3 * r.nextDouble();
      w.weekendChance = 0.5 + 0.4 * r.nextDouble();
      return w;
    }

    static Worker late(SplittableRandom r) {
      Worker w = new Worker(Kind.LATE, r, Set.of());
      w.start = 10 + 3.5 * r.nextDouble();
      w.bed = 24.5 + 3.5 * r.nextDouble();
      return w;
    }

    static Worker shift(SplittableRandom r) {
      Worker w = new Worker(Kind.SHIFT, r, Set.of());
      w.start = r.nextBoolean() ? 7 : 19;
      w.end = w.start + 12;
      return w;
    }

    /** Lives {@code days} days; each event is kept with chance {@code keep}. */
    void live(ZoneId zone, LocalDate first, int days, Events out, double keep) {
      Set<LocalDate> off = new HashSet<>();
      for (int k = 0; k < days / 36; k++) {
        off.add(first.plusDays(r.nextInt(days)));
      }
      if (days > 150 && kind != Kind.SHIFT) {
        LocalDate leave = first.plusDays(r.nextInt(days - 15));
        for (int k = 0; k < 7 + r.nextInt(8); k++) {
          off.add(leave.plusDays(k));
        }
      }
      for (int i = 0; i < days; i++) {
        LocalDate d = first.plusDays(i);
        double factor = gamma2(r) * (off.contains(d) ? 0.05 : 1);
        switch (kind) {
          case OFFICE -> officeDay(zone, d, factor, out, keep);
          case EVENING -> eveningDay(zone, d, factor, out, keep);
          case LATE -> span(zone, d, start + 0.7 * r.nextGaussian(), bed, 6 * factor, out, keep);
          case SHIFT -> {
            int cycle = i % 8;
            if (cycle < 4) {
              double s = start + Math.abs(r.nextGaussian()) * 0.15;
              span(zone, d, s, end + 0.25 * r.nextGaussian(), peak * factor, out, keep);
            } else {
              double s = 11 + 3 * r.nextDouble();
              span(zone, d, s, s + 3 * r.nextDouble(), 0.5 * factor, out, keep);
            }
          }
        }
      }
    }

    private void officeDay(ZoneId zone, LocalDate d, double factor, Events out, double keep) {
      DayOfWeek dow = d.getDayOfWeek();
      if (rest.contains(dow)) {
        if (r.nextDouble() < weekendChance) {
          double s = 9.5 + 10 * r.nextDouble();
          span(zone, d, s, s + 0.25 + 2 * r.nextDouble(), 0.4 * peak * factor, out, keep);
        }
        return;
      }
      // Log-normal straggle: median ten minutes, a long tail.
      double arrive =
          start + jitter * r.nextGaussian() + Math.exp(Math.log(1 / 6.0) + 0.8 * r.nextGaussian());
      double leave = end + 0.35 * r.nextGaussian() + (r.nextDouble() < 0.3 ? exp(0.4) : 0);
      if (shortSaturday && dow == DayOfWeek.SATURDAY) {
        leave = arrive + 4 + r.nextDouble();
      }
      double rate = peak * factor;
      if (lunch < 0 || leave < lunch) {
        span(zone, d, arrive, leave, rate, out, keep);
      } else {
        double l = lunch + 0.2 * r.nextGaussian();
        double l2 = l + lunchLength * (0.7 + 0.6 * r.nextDouble());
        span(zone, d, arrive, l, rate, out, keep);
        span(zone, d, l, l2, 0.15 * rate, out, keep);
        span(zone, d, l2, leave, rate, out, keep);
      }
      // Before work, a little; after work, a rate that fades out by bed.
      span(zone, d, wake, arrive, 0.03 * peak, out, keep);
      double b = bed + 0.5 * r.nextGaussian();
      for (double h = leave; h < b; h += 0.25) {
        double fade = evening * (1 - (h - leave) / Math.max(0.5, b - leave));
        span(zone, d, h, h + 0.25, Math.max(0.02, fade) * rate, out, keep);
      }
    }

    private void eveningDay(ZoneId zone, LocalDate d, double factor, Events out, double keep) {
      double b = bed + 0.5 * r.nextGaussian();
      if (rest.contains(d.getDayOfWeek())) {
        if (r.nextDouble() < weekendChance) {
          span(zone, d, 10 + 4 * r.nextDouble(), b, 4 * factor, out, keep);
        }
        return;
      }
      span(zone, d, 8, start - 0.5, 0.05, out, keep); // a phone at lunch, now and then
      span(zone, d, start + 0.5 * r.nextGaussian(), b, 8 * factor, out, keep);
    }

    /**
     * Clustered Poisson events between two local hours at {@code rate} per hour: cluster starts at
     * a third of the rate, each cluster a geometric number of events (mean 3) within five minutes.
     */
    private void span(
        ZoneId zone, LocalDate d, double from, double to, double rate, Events out, double keep) {
      if (to <= from || rate <= 0) {
        return;
      }
      double clusters = rate / 3;
      for (double h = from + exp(1 / clusters); h < to; h += exp(1 / clusters)) {
        int n = 1;
        while (r.nextDouble() < 2 / 3.0 && n < 50) {
          n++;
        }
        for (int k = 0; k < n; k++) {
          if (keep >= 1 || r.nextDouble() < keep) {
            double t = h + r.nextDouble() * 5 / 60.0;
            LocalDateTime local = d.atStartOfDay().plusNanos((long) (t * 3600e9));
            out.add(ZonedDateTime.of(local, zone).toEpochSecond());
          }
        }
      }
    }

    private double exp(double mean) {
      return -mean * Math.log(1 - r.nextDouble());
    }

    /** A day's activity factor: gamma with shape 2, mean 1. */
    private static double gamma2(SplittableRandom r) {
      return (-Math.log(1 - r.nextDouble()) - Math.log(1 - r.nextDouble())) / 2;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %.2f-%.2f lunch %.2f bed %.2f rest %s",
          kind,
          start,
          end,
          lunch,
          bed,
          rest);
    }
  }
}
