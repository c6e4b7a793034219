package dev.heatmap.render;

import dev.heatmap.grid.Tally;
import dev.heatmap.grid.infer.ZoneGuess;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Small fixed reports for the renderer tests: each built fresh, from fixed instants. */
final class Reports {
  private Reports() {}

  /** Hostile group names and titles, one per way of breaking out of a format. */
  static final List<String> HOSTILE =
      List.of(
          "</script><script>alert(1)</script>",
          "<img src=x onerror=alert(2)>",
          "a|b\nc\r\nd",
          "=HYPERLINK(\"http://evil.example/\",\"click\")",
          "\u001b[31mred\u001b[0m\u001b]0;title\u0007",
          "[link](javascript:alert(3)) ![img](http://evil.example/x.png) <http://evil.example>",
          "\"quoted\",comma;semi",
          "{{data}} {{scripts}}",
          "<!-- \u2028\u2029 --> ]]> &amp; &#x3c;",
          "+1 -1 @sum(A1) \tTAB",
          "`code` *em* _u_ # heading");

  private static final long MONDAY = Instant.parse("2024-03-04T00:00:00Z").getEpochSecond();

  /** 60 instants spread over two weeks, 10 more on Tuesday 09:xx UTC, 2 skipped records. */
  static Tally basicTally(ZoneId zone) {
    Tally t = new Tally(zone);
    for (int i = 0; i < 60; i++) {
      t.instant(MONDAY + (i * 7919L * 37) % (14 * 86_400L), null);
    }
    for (int i = 0; i < 10; i++) {
      t.instant(MONDAY + 86_400 + 9 * 3600 + i * 300, null);
    }
    t.skipped(null);
    t.skipped(null);
    return t;
  }

  static Report basic() {
    Tally t = basicTally(ZoneOffset.UTC);
    return new Report("Basic report", "UTC", t.overall(), List.of());
  }

  /** Three groups with different habits, Sunday first, 12-hour labels. */
  static Report groups() {
    Tally t = new Tally(ZoneOffset.UTC);
    for (int week = 0; week < 3; week++) {
      long base = MONDAY + week * 7 * 86_400L;
      for (int d = 0; d < 5; d++) {
        for (int h = 9; h < 17; h++) {
          // Busiest mid-morning early in the week, a lunch dip, a tail in the afternoon.
          int n = h == 12 ? 0 : Math.max(1, 4 - d / 2 - Math.abs(h - 10) / 2);
          for (int k = 0; k < n; k++) {
            t.instant(base + d * 86_400L + h * 3600 + 60 * (d + h + 7 * k), "alice");
          }
        }
      }
      for (int d = 0; d < 7; d++) {
        t.instant(base + d * 86_400L + 21 * 3600 + 120, "bob");
        t.instant(base + d * 86_400L + 23 * 3600 + 1800, "bob");
      }
      t.instant(base + 5 * 86_400L + 11 * 3600, "carol");
    }
    t.skipped("carol");
    return new Report(
        "Team activity", "UTC", t.overall(), t.groups(), DayOfWeek.SUNDAY, true, null, null);
  }

  /**
   * An office in +08:00 seen from New York across the March 2024 DST change, with a zone guess and
   * the grid redrawn in the best offset, from values that carried no offset and were read as UTC.
   */
  static Report inference() {
    ZoneId ny = ZoneId.of("America/New_York");
    Tally t = new Tally(ny);
    Tally best = new Tally(ZoneOffset.ofHours(8));
    long start = Instant.parse("2024-03-03T01:00:00Z").getEpochSecond(); // 09:00 in +08:00
    for (int day = 0; day < 14; day++) {
      int dow = (6 + day) % 7; // 2024-03-03 was a Sunday
      if (dow >= 5) {
        continue;
      }
      for (int h = 0; h < 9; h++) {
        long at = start + day * 86_400L + h * 3600 + 600 * (h % 4);
        t.instant(at, null);
        best.instant(at, null);
      }
    }
    ZoneGuess guess =
        new ZoneGuess(
            "+08:00",
            List.of(
                new ZoneGuess.Candidate(
                    "+08:00",
                    0.9125,
                    List.of("Asia/Shanghai", "Asia/Singapore", "Asia/Taipei", "Australia/Perth"),
                    List.of("Asia/Shanghai", "Asia/Singapore")),
                new ZoneGuess.Candidate(
                    "+09:00", 0.7341, List.of("Asia/Tokyo", "Asia/Seoul"), List.of()),
                new ZoneGuess.Candidate("+05:30", 0.4102, List.of("Asia/Kolkata"), List.of())),
            "Only 90 timestamps: below the 500 the ranking needs to be trusted.",
            null,
            new ZoneGuess.Explanation(
                "likely",
                "office",
                "work 09:00–18:00, quiet 23:30–07:00, rest days Saturday, Sunday",
                "Saturday, Sunday",
                null,
                "+08:00",
                true));
    return new Report(
        "Office hours",
        "America/New_York",
        t.overall(),
        List.of(),
        DayOfWeek.MONDAY,
        false,
        guess,
        best.overall(),
        Map.of(),
        null,
        "UTC");
  }

  /** Every hostile string as a group name, and two of them as the title. */
  static Report hostile() {
    return staircase(HOSTILE.get(0) + " " + HOSTILE.get(1) + " {{table}}", HOSTILE);
  }

  /** {@link #hostile()} with harmless names: the same shape, for comparing structure. */
  static Report benignTwin() {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      names.add("group " + (char) ('a' + i));
    }
    return staircase("A harmless title", names);
  }

  /** Group i has i + 1 events, so the groups come out largest first in reverse order. */
  private static Report staircase(String title, List<String> names) {
    Tally t = new Tally(ZoneOffset.UTC);
    for (int i = 0; i < names.size(); i++) {
      for (int j = 0; j <= i; j++) {
        t.instant(MONDAY + i * 3600L + j * 86_400L, names.get(i));
      }
    }
    return new Report(title, "UTC", t.overall(), t.groups());
  }

  /** A report whose only group is called {@code name}, and whose title is {@code name} too. */
  static Report namedGroup(String name) {
    Tally t = new Tally(ZoneOffset.UTC);
    t.instant(MONDAY + 3600, name);
    t.instant(MONDAY + 86_400 + 7200, name);
    t.instant(MONDAY + 2 * 86_400 + 7200, "other");
    return new Report(name, "UTC", t.overall(), t.groups());
  }

  /**
   * Two people in an office that rests on weekends, over 1-8 January and on Russia's 23 February
   * and 8 March (moved from the weekend to the 24th and the 10th), 2024-12-02 to 2025-03-14, with
   * the calendar: a quiet stretch over the New Year holidays, and a holiday ranking (three
   * occurrences, the fewest a candidate needs).
   */
  static Report calendar() {
    Tally t = new Tally(ZoneOffset.UTC, false, true);
    java.time.LocalDate from = java.time.LocalDate.of(2024, 12, 2);
    java.time.LocalDate to = java.time.LocalDate.of(2025, 3, 14);
    for (java.time.LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      boolean holiday =
          d.getYear() == 2025 && d.getMonthValue() == 1 && d.getDayOfMonth() <= 8
              || d.getMonthValue() == 2 && d.getDayOfMonth() == 24
              || d.getMonthValue() == 3 && d.getDayOfMonth() == 10;
      int n = weekend || holiday ? 0 : 12 + (d.getDayOfMonth() * 7) % 9;
      long base = d.toEpochDay() * 86_400L;
      for (int i = 0; i < n; i++) {
        t.instant(base + 9 * 3600 + i * 1500L, i % 3 == 0 ? "bob" : "alice");
      }
    }
    List<Tally.Group> groups = t.groups();
    List<String> names = new java.util.ArrayList<>();
    for (Tally.Group g : groups) {
      names.add(g.name());
    }
    Report r = new Report("Office calendar", "UTC", t.overall(), groups);
    return r.withCalendar(
        dev.heatmap.grid.calendar.CalendarView.of(
            "UTC", t.days(), names, t.groupDays(groups), null));
  }

  /** The report in one format, as bytes. */
  static byte[] bytes(Report report, OutputFormat format, RenderOptions options) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      format.renderer(options).render(report, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The report in one format, as text. */
  static String render(Report report, OutputFormat format, RenderOptions options) {
    return new String(bytes(report, format, options), java.nio.charset.StandardCharsets.UTF_8);
  }

  /** The report in one format with the default options. */
  static String render(Report report, OutputFormat format) {
    return render(report, format, RenderOptions.defaults());
  }

  /** A golden-file case: a report and the options it is drawn with. */
  enum Case {
    BASIC("basic") {
      @Override
      Report report() {
        return basic();
      }

      @Override
      RenderOptions options() {
        return RenderOptions.defaults();
      }
    },
    GROUPS("groups-sunday-12h-percent-truecolor") {
      @Override
      Report report() {
        return groups();
      }

      @Override
      RenderOptions options() {
        return RenderOptions.defaults()
            .withNormalize(Normalize.PERCENT)
            .withColor(ColorDepth.TRUECOLOR);
      }
    },
    INFERENCE("inference-newyork-rate-256-noplotly") {
      @Override
      Report report() {
        return inference();
      }

      @Override
      RenderOptions options() {
        return RenderOptions.defaults()
            .withNormalize(Normalize.RATE)
            .withColor(ColorDepth.ANSI256)
            .withPlotly(Plotly.none());
      }
    },
    CALENDAR("calendar-groups") {
      @Override
      Report report() {
        return calendar();
      }

      @Override
      RenderOptions options() {
        return RenderOptions.defaults();
      }
    },
    HOSTILE_NAMES("hostile-max-mirror") {
      @Override
      Report report() {
        return hostile();
      }

      @Override
      RenderOptions options() {
        return RenderOptions.defaults()
            .withNormalize(Normalize.MAX)
            .withPlotly(Plotly.fromUrl("https://mirror.example/js/plotly-2.35.2.min.js"));
      }
    };

    final String fileStem;

    Case(String fileStem) {
      this.fileStem = fileStem;
    }

    abstract Report report();

    abstract RenderOptions options();
  }
}
