package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * Digits-only date-times: {@code yyyyMMddHHmmss} and {@code yyyyMMddHHmm}, optionally with a
 * fraction and a zone ({@code 20240101101500.5Z}, {@code 20240101101500+0100}, as ASN.1
 * GeneralizedTime writes them). ISO-8601's basic format with a {@code T} is {@link IsoParser}'s.
 */
public final class CompactParser implements TimestampParser {
  private final LocalTimes local;

  public CompactParser(ZoneId inputZone) {
    this.local = LocalTimes.of(inputZone);
  }

  @Override
  public String name() {
    return "compact yyyyMMddHHmmss";
  }

  @Override
  public long parse(CharSequence s) {
    int p = Scan.start(s);
    int end = Scan.end(s, p);
    int n = Scan.countDigits(s, p, end, 15);
    if (n != 12 && n != 14) {
      return INVALID;
    }
    int year = Scan.value(s, p, 4);
    int month = Scan.value(s, p + 4, 2);
    int day = Scan.value(s, p + 6, 2);
    int hour = Scan.value(s, p + 8, 2);
    int minute = Scan.value(s, p + 10, 2);
    int second = n == 14 ? Scan.value(s, p + 12, 2) : 0;
    int q = p + n;
    if (n == 14 && q < end && (s.charAt(q) == '.' || s.charAt(q) == ',')) {
      int f = Scan.countDigits(s, q + 1, end, 10);
      if (f == 0 || f > 9) {
        return INVALID;
      }
      q += 1 + f;
    }
    if (!Calendar.valid(year, month, day, hour, minute, second)) {
      return INVALID;
    }
    return Calendar.resolve(
        local, year, month, day, hour, minute, second, Scan.zoneTail(s, q, end));
  }
}
