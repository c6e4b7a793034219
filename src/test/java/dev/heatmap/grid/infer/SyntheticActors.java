package dev.heatmap.grid.infer;

import dev.heatmap.grid.TzEvidence;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * A deterministic population of synthetic actors for measuring {@link TzInference}: every actor is
 * drawn from its seed, with habits of its own (not one template moved about): the hour and minute
 * work starts, how much arrivals straggle (15–35 minutes), lunch and its variance, meetings, bursts
 * of hundreds of messages in an hour, evening sessions, activity on rest days, holidays and a
 * vacation, and activity that comes in sessions (minutes of typing, then a gap) rather than a
 * smooth rate. The kinds are those the analyst meets: office weeks of several shapes, lives that
 * are not an office day, sparse actors, zones observed across a daylight-saving change, half- and
 * quarter-hour zones, and crews whose members are merged into one input.
 *
 * <p>The generator is deliberately not the inference's model: times are continuous, each day has
 * its own rate and edges, and the sessions make the active quarter-hours clumpy.
 */
final class SyntheticActors {
  private SyntheticActors() {}

  /** The kinds of actor, each with the zones such actors are found in. */
  enum Kind {
    OFFICE("Mon–Fri office"),
    SIX_DAY("six-day week, Sunday rest"),
    SUN_THU("Sun–Thu week, Fri+Sat rest"),
    FRI_REST("Friday-only rest"),
    EVENING("evening after a day job"),
    LATE_RISER("late riser 12:00–03:00"),
    SHIFT("shift work"),
    SPARSE("sparse, 60–400 events"),
    DST("across a DST change"),
    ODD_OFFSET("half/quarter-hour zone"),
    CREW("crew of 3–6 merged");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  static final List<String> WHOLE_HOUR =
      List.of(
          "Asia/Shanghai",
          "Asia/Tokyo",
          "Asia/Seoul",
          "Asia/Pyongyang",
          "Europe/Moscow",
          "Europe/Berlin",
          "Europe/London",
          "Europe/Kyiv",
          "Europe/Istanbul",
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "America/Sao_Paulo",
          "America/Bogota",
          "America/Mexico_City",
          "America/Argentina/Buenos_Aires",
          "Africa/Lagos",
          "Africa/Nairobi",
          "Africa/Johannesburg",
          "Asia/Jakarta",
          "Asia/Karachi",
          "Asia/Dhaka",
          "Asia/Ho_Chi_Minh",
          "Asia/Manila",
          "Asia/Dubai",
          "Asia/Kuwait",
          "Asia/Tashkent",
          "Asia/Vladivostok",
          "Australia/Sydney",
          "Pacific/Auckland",
          "UTC");

  static final List<String> SIX_DAY_ZONES =
      List.of(
          "Asia/Shanghai",
          "Europe/Moscow",
          "Asia/Pyongyang",
          "Europe/Minsk",
          "Asia/Yekaterinburg",
          "Asia/Novosibirsk",
          "Asia/Ho_Chi_Minh");

  static final List<String> FRI_SAT_ZONES =
      List.of(
          "Asia/Riyadh",
          "Asia/Kuwait",
          "Asia/Qatar",
          "Asia/Baghdad",
          "Africa/Cairo",
          "Asia/Jerusalem",
          "Asia/Muscat",
          "Asia/Dhaka");

  static final List<String> FRI_ZONES = List.of("Asia/Tehran", "Asia/Kabul", "Asia/Karachi");

  static final List<String> DST_ZONES =
      List.of(
          "America/New_York",
          "America/Chicago",
          "America/Los_Angeles",
          "Europe/Berlin",
          "Europe/London",
          "Europe/Kyiv",
          "Australia/Sydney",
          "Pacific/Auckland",
          "America/Santiago",
          "Asia/Jerusalem");

  static final List<String> ODD_ZONES =
      List.of(
          "Asia/Kolkata",
          "Asia/Kathmandu",
          "Asia/Tehran",
          "Australia/Darwin",
          "Australia/Adelaide",
          "Asia/Kabul",
          "Asia/Yangon",
          "America/St_Johns",
          "Asia/Colombo");

  /** One actor: its kind, its zone (the truth), the seed it came from, and its evidence. */
  record Actor(Kind kind, String zone, long seed, String habits, TzEvidence evidence) {
    /** The offset a correct guess names, in seconds. */
    int truth() {
      return TzInference.majorOffset(ZoneId.of(zone), evidence);
    }
  }

  /** {@code perKind} actors of every kind, from {@code seed}. */
  static List<Actor> population(long seed, int perKind) {
    List<Actor> list = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < perKind; i++) {
        long s = seed * 1_000_003L + kind.ordinal() * 10_007L + i;
        list.add(actor(kind, s));
      }
    }
    return list;
  }

  /** The actor of {@code kind} drawn from {@code seed}. */
  static Actor actor(Kind kind, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String zone =
        switch (kind) {
          case SIX_DAY -> pick(r, SIX_DAY_ZONES);
          case SUN_THU -> pick(r, FRI_SAT_ZONES);
          case FRI_REST -> pick(r, FRI_ZONES);
          case DST -> pick(r, DST_ZONES);
          case ODD_OFFSET -> pick(r, ODD_ZONES);
          default -> pick(r, WHOLE_HOUR);
        };
    ZoneId id = ZoneId.of(zone);
    LocalDate first;
    int days;
    if (kind == Kind.DST) {
      // Start a few weeks to four months before a transition, end well after it.
      LocalDate probe = LocalDate.of(2019 + r.nextInt(6), 1 + r.nextInt(12), 1);
      ZoneOffsetTransition t = id.getRules().nextTransition(probe.atStartOfDay(id).toInstant());
      LocalDate change = t.getInstant().atZone(id).toLocalDate();
      first = change.minusDays(20 + r.nextInt(100));
      days = (int) (change.toEpochDay() - first.toEpochDay()) + 20 + r.nextInt(100);
    } else {
      first = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(6 * 365));
      days = kind == Kind.SPARSE ? 20 + r.nextInt(200) : 30 + r.nextInt(370);
    }
    TzEvidence e = new TzEvidence();
    StringBuilder habits = new StringBuilder();
    switch (kind) {
      case CREW -> {
        int members = 3 + r.nextInt(4);
        for (int m = 0; m < members; m++) {
          Person p = Person.office(r, restDays(zone, r));
          habits.append(m == 0 ? "" : "; ").append(p);
          p.live(id, first, days, e::add);
        }
      }
      case SPARSE -> {
        Person p = Person.office(r, restDays(zone, r));
        habits.append(p);
        List<Long> all = new ArrayList<>();
        p.live(id, first, days, all::add);
        int keep = 60 + r.nextInt(341);
        for (int i = 0; i < all.size(); i++) {
          // Keep each event with the chance that leaves about `keep` of them.
          if (r.nextDouble() * all.size() < keep) {
            e.add(all.get(i));
          }
        }
      }
      default -> {
        Person p =
            switch (kind) {
              case SIX_DAY -> Person.office(r, Set.of(DayOfWeek.SUNDAY));
              case SUN_THU -> Person.office(r, Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
              case FRI_REST -> Person.office(r, Set.of(DayOfWeek.FRIDAY));
              case EVENING -> Person.evening(r);
              case LATE_RISER -> Person.lateRiser(r);
              case SHIFT -> Person.shift(r);
              default -> Person.office(r, restDays(zone, r));
            };
        habits.append(p);
        p.live(id, first, days, e::add);
      }
    }
    return new Actor(kind, zone, seed, habits.toString(), e);
  }

  /** The rest days an office worker in {@code zone} most likely keeps. */
  static Set<DayOfWeek> restDays(String zone, SplittableRandom r) {
    if (FRI_SAT_ZONES.contains(zone) && r.nextDouble() < 0.8) {
      return Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    }
    if (FRI_ZONES.contains(zone) && !zone.equals("Asia/Karachi") && r.nextDouble() < 0.8) {
      return Set.of(DayOfWeek.FRIDAY);
    }
    return Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  }

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  /** One person's habits, lived day by day. */
  static final class Person {
    enum Life {
      OFFICE,
      EVENING,
      LATE,
      SHIFT
    }

    final Life life;
    final SplittableRandom r;
    final Set<DayOfWeek> rest;
    double start; // local hour work (or the active day) starts
    double spread; // how late arrivals straggle, hours
    double length; // working day
    double lunch = -1; // negative: no lunch break
    double lunchLength;
    double lunchSd;
    double gap; // mean gap between sessions, hours
    double session; // mean session length, hours
    double rate; // events per hour inside a session
    double eveningChance;
    double restChance; // chance of activity on a rest day
    double stray; // chance per hour of a stray event off work
    double meetings; // meetings per day
    double bursts; // chance of a burst per day
    double bed; // local hour of going to bed, may pass 24
    int shiftKind; // SHIFT: 0 fixed day, 1 fixed evening, 2 fixed night, 3 rotating

    private Person(Life life, SplittableRandom r, Set<DayOfWeek> rest) {
      this.life = life;
      this.r = r;
      this.rest = rest;
      spread = uniform(0.25, 0.6);
      gap = uniform(0.1, 0.8);
      session = uniform(0.1, 0.5);
      rate = uniform(8, 60);
      stray = uniform(0, 0.08);
      bursts = uniform(0, 0.15);
    }

    static Person office(SplittableRandom r, Set<DayOfWeek> rest) {
      Person p = new Person(Life.OFFICE, r, rest);
      // Minutes past the hour: mostly on the hour, some on the half, a few anywhere.
      double u = r.nextDouble();
      double minutes =
          u < 0.6 ? 0 : u < 0.85 ? 0.5 : u < 0.92 ? 0.25 * (1 + 2 * r.nextInt(2)) : r.nextDouble();
      p.start = p.pickHour(new int[] {7, 8, 9, 10}, .12, .35, .38, .15) + minutes;
      if (r.nextDouble() < 0.15) {
        p.start = p.uniform(6.5, 11);
      }
      // Half the actors keep a working day of whole or half hours, half any length.
      p.length = r.nextBoolean() ? p.uniform(7.5, 10.5) : 8 + 0.5 * r.nextInt(5);
      if (r.nextDouble() < 0.8) {
        p.lunch = p.uniform(11.5, 14);
        p.lunchLength = p.uniform(0.5, 1.5);
        p.lunchSd = p.uniform(0.05, 0.3);
      }
      p.eveningChance = p.uniform(0, 0.5);
      p.restChance = p.uniform(0, 0.4);
      p.meetings = p.uniform(0, 3);
      p.bed = p.uniform(22.5, 25.5);
      return p;
    }

    static Person evening(SplittableRandom r) {
      Person p = new Person(Life.EVENING, r, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
      p.start = p.uniform(17.5, 20.5); // home from the day job
      p.bed = p.uniform(23.5, 26);
      p.restChance = p.uniform(0.4, 0.95);
      p.stray = p.uniform(0.01, 0.06);
      return p;
    }

    static Person lateRiser(SplittableRandom r) {
      Person p = new Person(Life.LATE, r, Set.of());
      p.start = p.uniform(10.5, 13.5);
      p.bed = p.uniform(25, 28);
      p.restChance = 1;
      p.gap = p.uniform(0.3, 1.5);
      return p;
    }

    static Person shift(SplittableRandom r) {
      Person p = new Person(Life.SHIFT, r, Set.of());
      p.shiftKind = r.nextInt(4);
      p.start = new double[] {6, 14, 22}[p.shiftKind % 3] + (r.nextDouble() < 0.5 ? 0 : 1);
      p.length = 8;
      p.meetings = p.uniform(0, 1);
      return p;
    }

    /**
     * Lives {@code days} days from {@code first} in {@code zone}, handing each event's instant on.
     */
    void live(ZoneId zone, LocalDate first, int days, LongConsumer out) {
      Set<LocalDate> off = holidays(first, days);
      for (int i = 0; i < days; i++) {
        LocalDate d = first.plusDays(i);
        boolean restDay = rest.contains(d.getDayOfWeek()) || off.contains(d);
        switch (life) {
          case OFFICE -> office(zone, d, restDay, out);
          case EVENING -> evening(zone, d, restDay, out);
          case LATE -> late(zone, d, out);
          case SHIFT -> shiftDay(zone, d, i, out);
        }
      }
    }

    private Set<LocalDate> holidays(LocalDate first, int days) {
      Set<LocalDate> off = new HashSet<>();
      int n = days / 30;
      for (int k = 0; k < n; k++) {
        off.add(first.plusDays(r.nextInt(days)));
      }
      if (days > 120 && life != Life.SHIFT) {
        LocalDate v = first.plusDays(r.nextInt(days - 20));
        int len = 5 + r.nextInt(12);
        for (int k = 0; k < len; k++) {
          off.add(v.plusDays(k));
        }
      }
      return off;
    }

    private void office(ZoneId zone, LocalDate d, boolean restDay, LongConsumer out) {
      double wake = Math.min(start - 0.5, uniform(6, 8));
      if (restDay) {
        if (r.nextDouble() < restChance) {
          double s = uniform(Math.max(wake + 1, 9), 20);
          sessions(zone, d, s, s + uniform(0.3, 3), 1, out);
        }
        stray(zone, d, wake + 1.5, Math.min(bed, 24), out);
        return;
      }
      if (r.nextDouble() < 0.03) {
        return; // sick
      }
      double arrive = start + spread * r.nextDouble() + Math.abs(r.nextGaussian()) * 0.1;
      double leave = start + length + r.nextGaussian() * 0.4;
      double dayFactor = uniform(0.5, 1.5);
      List<double[]> pauses = new ArrayList<>();
      if (lunch >= 0) {
        double ls = lunch + r.nextGaussian() * lunchSd;
        pauses.add(new double[] {ls, ls + lunchLength * uniform(0.7, 1.3)});
      }
      int m = (int) Math.floor(meetings + r.nextDouble());
      for (int k = 0; k < m; k++) {
        double ms = uniform(arrive, Math.max(arrive, leave - 1));
        pauses.add(new double[] {ms, ms + uniform(0.5, 1.5)});
      }
      work(zone, d, arrive, leave, pauses, dayFactor, out);
      if (r.nextDouble() < bursts) {
        double b = uniform(arrive, leave);
        events(zone, d, b, b + uniform(0.3, 1), 100 + r.nextInt(300), out);
      }
      if (r.nextDouble() < eveningChance) {
        double es = uniform(Math.max(19, leave + 0.5), Math.max(19.5, bed - 0.5));
        sessions(zone, d, es, Math.min(es + uniform(0.3, 2), bed), 0.7 * dayFactor, out);
      }
      stray(zone, d, wake, arrive, out);
      stray(zone, d, leave, bed, out);
    }

    private void evening(ZoneId zone, LocalDate d, boolean restDay, LongConsumer out) {
      double b = bed + r.nextGaussian() * 0.4;
      if (restDay) {
        double s = uniform(9.5, 14);
        sessions(zone, d, s, b, 0.8, out);
        return;
      }
      if (r.nextDouble() < 0.1) {
        return;
      }
      double s = start + r.nextGaussian() * 0.4;
      sessions(zone, d, s, b, uniform(0.5, 1.5), out);
      stray(zone, d, 7, s, out); // a glance at the phone during the day job
    }

    private void late(ZoneId zone, LocalDate d, LongConsumer out) {
      if (r.nextDouble() < 0.05) {
        return;
      }
      double s = start + r.nextGaussian() * 0.6;
      double b = bed + r.nextGaussian() * 0.6;
      sessions(zone, d, s, b, uniform(0.5, 1.5), out);
    }

    private void shiftDay(ZoneId zone, LocalDate d, int day, LongConsumer out) {
      // Five shifts on, two off, the cycle not tied to the week; rotating crews move every cycle.
      int cycle = day / 7;
      if (day % 7 >= 5) {
        stray(zone, d, 10, 22, out);
        return;
      }
      double s = shiftKind == 3 ? new double[] {6, 14, 22}[cycle % 3] + start % 1 : start;
      double a = s + spread * r.nextDouble() * 0.5;
      List<double[]> pauses = new ArrayList<>();
      double p = a + uniform(3, 5);
      pauses.add(new double[] {p, p + 0.5});
      work(zone, d, a, s + length + r.nextGaussian() * 0.2, pauses, uniform(0.5, 1.5), out);
      stray(zone, d, s + length + 0.5, s + length + 3, out);
    }

    /** Work sessions between {@code from} and {@code to}, none inside the pauses. */
    private void work(
        ZoneId zone,
        LocalDate d,
        double from,
        double to,
        List<double[]> pauses,
        double factor,
        LongConsumer out) {
      double t = from;
      while (t < to) {
        double len = exponential(session);
        double end = Math.min(t + len, to);
        for (double[] p : pauses) {
          if (t < p[1] && end > p[0]) {
            end = Math.max(t, p[0]);
          }
        }
        if (end > t) {
          events(zone, d, t, end, rate * factor * (end - t), out);
        }
        double next = end + exponential(gap / factor);
        for (double[] p : pauses) {
          if (next >= p[0] && next < p[1]) {
            next = p[1] + exponential(0.05);
            if (r.nextDouble() < 0.3) {
              events(zone, d, p[0], p[1], r.nextInt(2), out); // a message from the table
            }
          }
        }
        t = next;
      }
    }

    /** Sessions of activity between two local hours (may pass midnight). */
    private void sessions(
        ZoneId zone, LocalDate d, double from, double to, double factor, LongConsumer out) {
      work(zone, d, from, to, List.of(), factor, out);
    }

    /** Now and then an event off work: a stray message, at {@code stray} per hour. */
    private void stray(ZoneId zone, LocalDate d, double from, double to, LongConsumer out) {
      if (stray <= 0) {
        return;
      }
      for (double h = from + exponential(1 / stray); h < to; h += exponential(1 / stray)) {
        emit(zone, d, h, out);
      }
    }

    /** {@code n} events spread at random between two local hours. */
    private void events(
        ZoneId zone, LocalDate d, double from, double to, double n, LongConsumer out) {
      int count = (int) Math.floor(n + r.nextDouble());
      for (int k = 0; k < count; k++) {
        emit(zone, d, from + (to - from) * r.nextDouble(), out);
      }
    }

    private static void emit(ZoneId zone, LocalDate d, double hour, LongConsumer out) {
      LocalDateTime local = d.atStartOfDay().plusNanos((long) (hour * 3600e9));
      out.accept(ZonedDateTime.of(local, zone).toEpochSecond());
    }

    private double pickHour(int[] values, double... weights) {
      double u = r.nextDouble();
      for (int i = 0; i < values.length; i++) {
        u -= weights[i];
        if (u < 0) {
          return values[i];
        }
      }
      return values[values.length - 1];
    }

    private double uniform(double a, double b) {
      return a + (b - a) * r.nextDouble();
    }

    private double exponential(double mean) {
      return -mean * Math.log(1 - r.nextDouble());
    }

    @Override
    public String toString() {
      return String.format(
          java.util.Locale.ROOT,
          "%s start %.2f len %.1f lunch %.2f rest %s",
          life,
          start,
          length,
          lunch,
          rest);
    }
  }
}
