package dev.heatmap.grid.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A country whose public holidays explain the quiet days (see {@link HolidayRanking} for the
 * score).
 *
 * @param code the ISO 3166 code
 * @param name the country's English name
 * @param score the likelihood-ratio score; higher explains better
 * @param quiet of the country's holidays on the actor's working days, how many were quiet
 * @param holidays the country's holidays on the actor's working days in the range
 * @param matched the holidays that were quiet, in date order
 * @param workedMakeUp of the country's make-up working days that fell on the actor's days off, how
 *     many the actor worked
 * @param makeUpDays those make-up working days
 * @param quietOccurrences of the country's holiday occurrences on the actor's working days (see
 *     {@link HolidayRanking}: 1-8 January is one), how many were quiet
 * @param occurrences the country's holiday occurrences on the actor's working days in the range
 */
public record HolidayCandidate(
    String code,
    String name,
    double score,
    int quiet,
    int holidays,
    List<Match> matched,
    int workedMakeUp,
    int makeUpDays,
    int quietOccurrences,
    int occurrences) {
  public HolidayCandidate {
    matched = List.copyOf(matched);
  }

  /** One quiet holiday. */
  public record Match(LocalDate date, String holiday) {}

  /** Consecutive quiet days of one holiday (a day apart at most), for a short list. */
  public record Span(LocalDate from, LocalDate to, String holiday) {}

  /** {@link #matched} with runs of the same holiday joined. */
  public List<Span> spans() {
    List<Span> out = new ArrayList<>();
    for (Match m : matched) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null
          && last.holiday().equals(m.holiday())
          && m.date().toEpochDay() - last.to().toEpochDay() <= 3) {
        out.set(out.size() - 1, new Span(last.from(), m.date(), last.holiday()));
      } else {
        out.add(new Span(m.date(), m.date(), m.holiday()));
      }
    }
    return out;
  }
}
