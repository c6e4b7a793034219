package dev.heatmap.grid.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The holiday calendars the ranking compares, read from {@value #TABLE} under this package's
 * resources the first time they are asked for (never on a run without a holiday ranking).
 *
 * <p>The table is written at build time by HolidayTableTest from each country's source, named in
 * the table on the country's {@code @source} line: China's State Council notices (cn.tsv in the
 * test resources, by hand), Russia's Labour Code and Iran's official list by rule (Iran's Islamic
 * holidays through {@link java.time.chrono.HijrahDate}), the Koreas and Vietnam by rule from a
 * lunar table, and about 60 countries from Jollyday. A run reads only the table: no XML binding, no
 * Hijrah chronology and no rules start, so the whole set (about 21,000 days) loads in a few
 * milliseconds; HolidayTableTest fails when the table is not what the sources give.
 *
 * <p>Layout, TAB-separated: {@code @country CODE NAME}, {@code @source TEXT}, {@code @zones
 * ZONE...}, {@code @years FIRST LAST}, {@code @names NAME...} (the country's holiday names,
 * numbered from 0), then per year one line {@code YEAR off MMDD:N MMDD:N ...} of days off and, for
 * a country with official make-up working days, one line {@code YEAR work MMDD:N ...}, the entries
 * separated by single spaces and ascending; N is the holiday's number in {@code @names}. Lines
 * starting with # are comments.
 */
public final class HolidayCalendars {
  /** The table's resource name. */
  static final String TABLE = "holidays.tsv";

  private static List<HolidayCalendar> all;

  private HolidayCalendars() {}

  /** Every calendar, in the table's order. */
  public static synchronized List<HolidayCalendar> all() {
    if (all == null) {
      all = List.copyOf(read(TABLE));
    }
    return all;
  }

  /** The calendar of {@code code}, or null. */
  public static HolidayCalendar of(String code) {
    for (HolidayCalendar c : all()) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return null;
  }

  /** The calendars of a table in the layout above. */
  static List<HolidayCalendar> read(String resource) {
    byte[] b;
    try (InputStream in = HolidayCalendars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      b = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<HolidayCalendar> out = new ArrayList<>();
    Country c = null;
    int lineNo = 0;
    for (int at = 0; at < b.length; ) {
      int end = at;
      while (end < b.length && b[end] != '\n') {
        end++;
      }
      lineNo++;
      if (end > at && b[at] == '@') {
        String[] f = new String(b, at, end - at, StandardCharsets.UTF_8).split("\t");
        switch (f[0]) {
          case "@country" -> {
            if (c != null) {
              out.add(c.build());
            }
            c = new Country(f[1], f[2]);
          }
          case "@source" -> {}
          case "@zones" -> c.zones = Arrays.asList(f).subList(1, f.length);
          case "@years" -> {
            c.first = Integer.parseInt(f[1]);
            c.last = Integer.parseInt(f[2]);
          }
          case "@names" -> c.names = Arrays.copyOfRange(f, 1, f.length);
          default -> throw bad(resource, lineNo, "unknown line " + f[0]);
        }
      } else if (end > at && b[at] != '#') {
        if (c == null || end - at < 10) {
          throw bad(resource, lineNo, "a day line outside a country");
        }
        c.year(b, at, end, resource, lineNo);
      }
      at = end + 1;
    }
    if (c != null) {
      out.add(c.build());
    }
    return out;
  }

  private static IllegalStateException bad(String resource, int line, String what) {
    return new IllegalStateException(resource + ":" + line + ": " + what);
  }

  /** Days before each month's first in a common year. */
  private static final int[] BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

  /** One country as its lines are read: days and name numbers in growing arrays. */
  private static final class Country {
    final String code;
    final String name;
    List<String> zones = List.of();
    String[] names = new String[0];
    int first;
    int last;
    long[] off = new long[512];
    int[] offName = new int[512];
    int offCount;
    long[] work = new long[16];
    int[] workName = new int[16];
    int workCount;

    Country(String code, String name) {
      this.code = code;
      this.name = name;
    }

    /** One {@code YEAR off|work MMDD:N ...} line, from {@code at} to {@code end}. */
    void year(byte[] b, int at, int end, String resource, int lineNo) {
      int y = number(b, at, at + 4);
      boolean isWork = b[at + 5] == 'w';
      int i = at + 5;
      while (i < end && b[i] != '\t') {
        i++;
      }
      i++;
      boolean leap = (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
      long jan1 = LocalDate.of(y, 1, 1).toEpochDay();
      // A hand-rolled loop over the bytes: about 21,000 entries at each load, so no split, no
      // boxing and no LocalDate per day.
      while (i + 6 <= end) {
        int m = number(b, i, i + 2);
        int d = number(b, i + 2, i + 4);
        if (m < 1 || m > 12 || d < 1 || d > 31 || b[i + 4] != ':') {
          throw bad(resource, lineNo, "not a MMDD:N entry at column " + (i - at + 1));
        }
        int j = i + 5;
        int n = 0;
        while (j < end && b[j] != ' ') {
          n = n * 10 + (b[j] - '0');
          j++;
        }
        if (n >= names.length) {
          throw bad(resource, lineNo, "holiday number " + n + " past the @names line");
        }
        long day = jan1 + BEFORE_MONTH[m - 1] + (leap && m > 2 ? 1 : 0) + d - 1;
        if (isWork) {
          if (workCount > 0 && work[workCount - 1] >= day) {
            throw bad(resource, lineNo, "days out of order");
          }
          if (workCount == work.length) {
            work = Arrays.copyOf(work, 2 * workCount);
            workName = Arrays.copyOf(workName, 2 * workCount);
          }
          work[workCount] = day;
          workName[workCount++] = n;
        } else {
          if (offCount > 0 && off[offCount - 1] >= day) {
            throw bad(resource, lineNo, "days out of order");
          }
          if (offCount == off.length) {
            off = Arrays.copyOf(off, 2 * offCount);
            offName = Arrays.copyOf(offName, 2 * offCount);
          }
          off[offCount] = day;
          offName[offCount++] = n;
        }
        i = j + 1;
      }
    }

    HolidayCalendar build() {
      String[] offNames = new String[offCount];
      for (int i = 0; i < offCount; i++) {
        offNames[i] = names[offName[i]];
      }
      String[] workNames = new String[workCount];
      for (int i = 0; i < workCount; i++) {
        workNames[i] = names[workName[i]];
      }
      return new HolidayCalendar(
          code,
          name,
          zones,
          first,
          last,
          Arrays.copyOf(off, offCount),
          offNames,
          Arrays.copyOf(work, workCount),
          workNames);
    }
  }

  private static int number(byte[] b, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (b[i] - '0');
    }
    return n;
  }
}
