package dev.heatmap.time.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * The rare path: a java.time pattern that {@link PatternParser} cannot match by hand (week-based
 * fields, optional sections, zone ids), parsed by a strict {@link DateTimeFormatter}. It allocates
 * per value and is slower by an order of magnitude; leap seconds are invalid here.
 */
final class JavaTimeParser implements TimestampParser {
  private final String name;
  private final DateTimeFormatter formatter;
  private final LocalTimes local;

  JavaTimeParser(String name, DateTimeFormatter formatter, ZoneId inputZone) {
    this.name = name;
    this.formatter = formatter;
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long parse(CharSequence text) {
    int p = Scan.start(text);
    int end = Scan.end(text, p);
    try {
      TemporalAccessor t = formatter.parse(text.subSequence(p, end));
      long instant;
      if (t.isSupported(ChronoField.INSTANT_SECONDS)) {
        instant = t.getLong(ChronoField.INSTANT_SECONDS);
      } else {
        LocalDate date = t.query(TemporalQueries.localDate());
        LocalTime time = t.query(TemporalQueries.localTime());
        if (date == null || time == null) {
          return INVALID;
        }
        LocalDateTime ldt = LocalDateTime.of(date, time);
        ZoneOffset offset = t.query(TemporalQueries.offset());
        ZoneId zone = t.query(TemporalQueries.zone());
        if (offset != null) {
          instant = ldt.toEpochSecond(offset);
        } else if (zone != null) {
          instant = ZonedDateTime.ofLocal(ldt, zone, null).toEpochSecond();
        } else {
          instant = local.toEpochSecond(ldt.toEpochSecond(ZoneOffset.UTC));
        }
      }
      return instant < Calendar.MIN_EPOCH_SECOND || instant > Calendar.MAX_EPOCH_SECOND
          ? INVALID
          : instant;
    } catch (DateTimeException | ArithmeticException e) {
      return INVALID;
    }
  }
}
