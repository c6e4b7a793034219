package dev.heatmap.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates {@code example_data/jabber/}: the chat log of a made-up Russian-speaking crew of five
 * that works from Moscow (UTC+03:00 all year, no daylight saving since 2014), June 2020 to February
 * 2021, in the layout of the ContiLeaks Jabber dumps: one pretty-printed JSON object per message
 * with {@code ts} (the server's UTC time, written without an offset, to the microsecond), {@code
 * from}, {@code to} and {@code body}.
 *
 * <p>What the crew does, in Moscow time: each member has a start time of their own (9:00 to 11:00)
 * and works about nine hours from it on working days, with a lunch hour at 13:00 when few write;
 * some write in the evening now and then, one works late as a habit; about one weekend day in eight
 * someone writes a little. Nobody works on Russia's public holidays (12 June, 4 November, 23
 * February and the days moved next to them, and the New Year break of 31 December to 10 January,
 * when only a stray message or two is sent); each member takes two weeks off in the summer and a
 * few single days through the year. The random draws come from one seeded generator, so the files
 * are the same on every run: {@link JabberCrewTest} checks that the checked-in files are exactly
 * what this writes.
 *
 * <p>Regenerate with {@code mvn -o -q test-compile exec:java
 * -Dexec.mainClass=dev.heatmap.examples.JabberCrew -Dexec.classpathScope=test} or by running {@link
 * #main} from the IDE, from the project root.
 */
public final class JabberCrew {
  private JabberCrew() {}

  /** The seed of every draw: change it and every file changes. */
  static final long SEED = 20200601L;

  static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
  static final YearMonth FIRST = YearMonth.of(2020, 6);
  static final YearMonth LAST = YearMonth.of(2021, 2);
  static final String SERVER = "@q3mcco35auwcstmt.onion";

  /**
   * Days off that fall on a weekday (the 2020-2021 production calendar), and the New Year break.
   */
  static final Set<LocalDate> HOLIDAYS =
      Set.of(
          LocalDate.of(2020, 6, 12),
          LocalDate.of(2020, 6, 24), // the Victory Day parade, a day off that year
          LocalDate.of(2020, 7, 1), // the constitutional vote, a day off that year
          LocalDate.of(2020, 11, 4),
          LocalDate.of(2020, 12, 31),
          LocalDate.of(2021, 1, 1),
          LocalDate.of(2021, 1, 4),
          LocalDate.of(2021, 1, 5),
          LocalDate.of(2021, 1, 6),
          LocalDate.of(2021, 1, 7),
          LocalDate.of(2021, 1, 8),
          LocalDate.of(2021, 2, 22),
          LocalDate.of(2021, 2, 23));

  /** A Saturday worked in exchange for the Monday off (20 February 2021). */
  static final Set<LocalDate> WORKED_SATURDAYS = Set.of(LocalDate.of(2021, 2, 20));

  /** The New Year break, holidays and the weekends around them, when almost nobody writes. */
  static boolean newYearBreak(LocalDate d) {
    return !d.isBefore(LocalDate.of(2020, 12, 31)) && !d.isAfter(LocalDate.of(2021, 1, 10));
  }

  /**
   * One member: their handle, the Moscow time they start (minutes after midnight), how many
   * messages they send on a working day on average, the chance of an evening session on a working
   * day, and the Monday their two summer weeks off start.
   */
  record Member(
      String handle, int startMinute, double perDay, double evenings, LocalDate vacation) {}

  static final List<Member> CREW =
      List.of(
          new Member("stern", 10 * 60, 3.0, 0.10, LocalDate.of(2020, 8, 3)),
          new Member("mango", 10 * 60, 3.5, 0.15, LocalDate.of(2020, 7, 13)),
          new Member("bentley", 9 * 60, 2.5, 0.05, LocalDate.of(2020, 8, 17)),
          new Member("professor", 11 * 60, 2.5, 0.40, LocalDate.of(2020, 7, 27)),
          new Member("target", 9 * 60 + 30, 2.5, 0.08, LocalDate.of(2020, 6, 29)));

  static final String[] BODIES = {
    "привет",
    "проверь почту",
    "го созвон",
    "ок",
    "понял",
    "сделаю",
    "скинь ссылку",
    "билд готов",
    "новый билд залил",
    "крипт не проходит",
    "сервер лежит",
    "поднял",
    "кто на связи?",
    "сейчас гляну",
    "отчёт скинул",
    "деньги пришли",
    "жду ответа",
    "вечером добью",
    "завтра обсудим",
    "на обеде",
    "спасибо",
    "у меня всё",
    "лог посмотри",
    "доступ дали",
    "тест прошёл",
    "обнови конфиг",
    "с наступающим",
    "пока",
  };

  /** The month files, name to content, in order. */
  static Map<String, String> generate() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<LocalDateTime> times = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (LocalDate d = FIRST.atDay(1); !d.isAfter(LAST.atEndOfMonth()); d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      boolean working = (!weekend || WORKED_SATURDAYS.contains(d)) && !HOLIDAYS.contains(d);
      for (int m = 0; m < CREW.size(); m++) {
        Member member = CREW.get(m);
        boolean away =
            !d.isBefore(member.vacation()) && d.isBefore(member.vacation().plusDays(14))
                || random.nextDouble() < 0.04; // a day off, ill, or just silent
        int count;
        if (newYearBreak(d)) {
          count = random.nextDouble() < 0.06 ? 1 : 0;
        } else if (working && !away) {
          count = poisson(random, member.perDay());
        } else if (!away && random.nextDouble() < 0.12) {
          count = 1 + random.nextInt(3);
        } else {
          count = 0;
        }
        for (int i = 0; i < count; i++) {
          int minute =
              working && !newYearBreak(d) ? workMinute(random, member) : leisureMinute(random);
          emit(random, d, minute, m, times, rows);
        }
        if (working && !away && random.nextDouble() < member.evenings()) {
          int n = 1 + random.nextInt(3);
          for (int i = 0; i < n; i++) {
            emit(random, d, 20 * 60 + random.nextInt(200), m, times, rows); // 20:00 to 23:20
          }
        }
      }
    }
    Integer[] order = new Integer[times.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> times.get(a).compareTo(times.get(b)));
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (Integer i : order) {
      LocalDateTime utc = times.get(i);
      String[] row = rows.get(i);
      String month =
          YearMonth.from(utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(MOSCOW)) + ".json";
      files
          .computeIfAbsent(month, k -> new StringBuilder())
          .append("{\n")
          .append("  \"ts\": \"")
          .append(iso(utc))
          .append("\",\n")
          .append("  \"from\": \"")
          .append(row[0])
          .append(SERVER)
          .append("\",\n")
          .append("  \"to\": \"")
          .append(row[1])
          .append(SERVER)
          .append("\",\n")
          .append("  \"body\": \"")
          .append(row[2])
          .append("\"\n")
          .append("}\n");
    }
    Map<String, String> out = new LinkedHashMap<>();
    files.forEach((k, v) -> out.put(k, v.toString()));
    return out;
  }

  /** A minute of a working day: from the member's start for about nine hours, quiet at lunch. */
  private static int workMinute(SplittableRandom random, Member member) {
    while (true) {
      int start = member.startMinute() + (int) Math.round(random.nextGaussian() * 25);
      int minute = start + random.nextInt(9 * 60);
      boolean lunch = minute >= 13 * 60 && minute < 14 * 60;
      if (!lunch || random.nextDouble() < 0.15) {
        return Math.min(minute, 24 * 60 - 1);
      }
    }
  }

  /** A minute of a day off: late morning to late evening, spread out. */
  private static int leisureMinute(SplittableRandom random) {
    return 11 * 60 + random.nextInt(12 * 60);
  }

  private static void emit(
      SplittableRandom random,
      LocalDate day,
      int minute,
      int from,
      List<LocalDateTime> times,
      List<String[]> rows) {
    long micros = random.nextLong(60_000_000L);
    LocalDateTime local = day.atStartOfDay().plusMinutes(minute).plusNanos(micros * 1000L);
    LocalDateTime utc = local.atZone(MOSCOW).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    int to = random.nextInt(CREW.size() - 1);
    if (to >= from) {
      to++;
    }
    String body = BODIES[random.nextInt(BODIES.length)];
    times.add(utc);
    rows.add(new String[] {CREW.get(from).handle(), CREW.get(to).handle(), body});
  }

  private static int poisson(SplittableRandom random, double mean) {
    double limit = Math.exp(-mean);
    double p = random.nextDouble();
    int k = 0;
    while (p > limit) {
      p *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** {@code 2020-06-01T07:59:58.280871}: the dumps' layout, always six fraction digits. */
  private static String iso(LocalDateTime t) {
    String micros = String.valueOf(1_000_000 + t.getNano() / 1000).substring(1);
    return t.withNano(0).toString().length() == 16
        ? t.withNano(0) + ":00." + micros
        : t.withNano(0) + "." + micros;
  }

  /** Writes the files into {@code example_data/jabber} (or the directory given), replacing it. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "example_data/jabber");
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : (Iterable<Path>) old::iterator) {
        if (p.getFileName().toString().endsWith(".json")) {
          Files.delete(p);
        }
      }
    }
    for (Map.Entry<String, String> e : generate().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
    }
  }
}
