package dev.heatmap.time;

import dev.heatmap.core.TimestampJudge;
import dev.heatmap.time.parse.AccessLogParser;
import dev.heatmap.time.parse.CompactParser;
import dev.heatmap.time.parse.CtimeParser;
import dev.heatmap.time.parse.EpochParser;
import dev.heatmap.time.parse.EpochUnit;
import dev.heatmap.time.parse.IsoParser;
import dev.heatmap.time.parse.NumericDateParser;
import dev.heatmap.time.parse.RfcParser;
import dev.heatmap.time.parse.Scan;
import dev.heatmap.time.parse.TimestampParser;
import dev.heatmap.time.parse.YearLastParser;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the timestamp format of an input from a sample of its text values.
 *
 * <p>Contract: {@link #detect} never throws; it returns the candidate format that parses the most
 * sampled values (ties go to the more specific format, in the order ISO-8601, compact digits, RFC
 * 2822, ctime, access log, numeric dates, epoch numbers) together with how many of them it parsed.
 * A result with {@code parsed == 0} means no known format fits. Blank values are not counted as
 * sampled.
 *
 * <p>Numeric dates ({@code 8/11/22 5:51}) are read month-first or day-first as the whole sample
 * says: a first field over 12 anywhere means day-first, a second field over 12 means month-first.
 * When nothing in the sample settles it, month-first is assumed and the result's note says so.
 */
public final class FormatDetector {
  /** This detector as the input layer's judge of sampled values (see {@link TimestampJudge}). */
  public static final TimestampJudge JUDGE =
      new TimestampJudge() {
        @Override
        public int timestamps(List<String> texts) {
          return detect(texts, ZoneOffset.UTC).parsed();
        }

        @Override
        public boolean epoch(double value) {
          return EpochUnit.guess(value) != null;
        }

        @Override
        public long[] instants(List<String> texts) {
          TimestampParser p = detect(texts, ZoneOffset.UTC).parser();
          long[] out = new long[texts.size()];
          for (int i = 0; i < out.length; i++) {
            String s = texts.get(i);
            long t = s == null ? TimestampParser.INVALID : p.parse(s);
            out[i] = t == TimestampParser.INVALID ? NONE : t;
          }
          return out;
        }

        @Override
        public long epochSecond(double value) {
          long t = EpochParser.seconds(value, null);
          return t == TimestampParser.INVALID ? NONE : t;
        }
      };

  private FormatDetector() {}

  /**
   * The best format for {@code sample}.
   *
   * @param sample text values as the input holds them (not trimmed)
   * @param inputZone the zone for values that carry no offset
   */
  public static Detected detect(List<String> sample, ZoneId inputZone) {
    return detect(sample, inputZone, null);
  }

  /**
   * The best format for {@code sample}, reading epoch numbers in {@code epochUnit} (null: chosen by
   * magnitude per value).
   */
  public static Detected detect(List<String> sample, ZoneId inputZone, EpochUnit epochUnit) {
    int sampled = 0;
    int yearFirst = 0;
    int dayMonth = 0;
    boolean firstOver12 = false;
    boolean secondOver12 = false;
    for (String s : sample) {
      if (s == null || s.isBlank()) {
        continue;
      }
      sampled++;
      int p = Scan.start(s);
      long f = NumericDateParser.fields(s, p, Scan.end(s, p));
      if (f == Scan.NO) {
        continue;
      }
      if (NumericDateParser.field(f, 4) == 4) {
        yearFirst++;
      } else {
        dayMonth++;
        firstOver12 |= NumericDateParser.field(f, 0) > 12;
        secondOver12 |= NumericDateParser.field(f, 1) > 12;
      }
    }
    NumericDateParser.Order order;
    String orderNote = null;
    boolean assumed = false;
    if (yearFirst > dayMonth) {
      order = NumericDateParser.Order.YEAR_FIRST;
    } else if (firstOver12 && !secondOver12) {
      order = NumericDateParser.Order.DAY_FIRST;
    } else if (secondOver12) {
      order = NumericDateParser.Order.MONTH_FIRST;
      if (firstOver12) {
        orderNote = "the sample has dates with either field over 12; reading them month-first";
      }
    } else {
      order = NumericDateParser.Order.MONTH_FIRST;
      assumed = true;
    }
    TimestampParser[] candidates = {
      new IsoParser(inputZone),
      new CompactParser(inputZone),
      new RfcParser(inputZone),
      new CtimeParser(inputZone),
      new YearLastParser(inputZone),
      new AccessLogParser(inputZone),
      new NumericDateParser(order, inputZone),
      new EpochParser(epochUnit)
    };
    int best = 0;
    int bestParsed = -1;
    String firstParsed = null;
    for (int i = 0; i < candidates.length; i++) {
      int parsed = 0;
      String first = null;
      for (String s : sample) {
        if (s != null && candidates[i].parse(s) != TimestampParser.INVALID) {
          parsed++;
          if (first == null) {
            first = s;
          }
        }
      }
      if (parsed > bestParsed) {
        best = i;
        bestParsed = parsed;
        firstParsed = first;
      }
      if (bestParsed == sampled) {
        break; // every value parsed: a later candidate could only tie, and ties go to this one
      }
    }
    TimestampParser parser = candidates[best];
    String note = null;
    if (parser instanceof NumericDateParser && bestParsed > 0) {
      String shape = NumericDateParser.describe(firstParsed, order, false);
      parser = new NumericDateParser(order, inputZone, shape);
      if (assumed) {
        NumericDateParser.Order other = NumericDateParser.Order.DAY_FIRST;
        note =
            "no day in the sample is over 12, so the dates are read month-first ("
                + shape
                + "); if the day comes first, give --time-format '"
                + NumericDateParser.describe(firstParsed, other, true)
                + "'";
      } else {
        note = orderNote;
      }
    }
    return new Detected(parser, Math.max(bestParsed, 0), sampled, note);
  }

  /**
   * The formats a value that {@code chosen} could not read is tried in before it is skipped, most
   * specific first: every other candidate of {@link #detect}, without the numeric dates whose order
   * the input did not settle. When {@code chosen} reads numeric dates, only its own order is tried
   * again (without the shape it was chosen for); otherwise only year-first numeric dates are, which
   * are never ambiguous. A mixed input is read whole this way, and never with a day/month order
   * that contradicts the one chosen.
   */
  public static TimestampParser[] alternatives(
      TimestampParser chosen, ZoneId inputZone, EpochUnit epochUnit) {
    NumericDateParser.Order order =
        chosen instanceof NumericDateParser n ? n.order() : NumericDateParser.Order.YEAR_FIRST;
    TimestampParser[] all = {
      new IsoParser(inputZone),
      new CompactParser(inputZone),
      new RfcParser(inputZone),
      new CtimeParser(inputZone),
      new YearLastParser(inputZone),
      new AccessLogParser(inputZone),
      new NumericDateParser(order, inputZone),
      new EpochParser(epochUnit)
    };
    List<TimestampParser> others = new ArrayList<>(all.length);
    for (TimestampParser p : all) {
      if (p.getClass() != chosen.getClass() || p instanceof NumericDateParser) {
        others.add(p);
      }
    }
    return others.toArray(new TimestampParser[0]);
  }

  /**
   * The detection's outcome.
   *
   * @param parser the chosen parser
   * @param parsed how many sampled values it parsed
   * @param sampled how many non-blank values were sampled
   * @param note something the user should be told about the choice (e.g. an ambiguous day/month
   *     order that was settled by assumption), or null
   */
  public record Detected(TimestampParser parser, int parsed, int sampled, String note) {}
}
