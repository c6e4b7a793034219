package dev.heatmap.time.parse;

import java.time.ZoneId;

/**
 * The zone abbreviations heatmap reads in {@code date(1)}-style timestamps, beyond those RFC 2822
 * defines (which {@link Scan#zoneName} reads everywhere): an explicit table of abbreviations that
 * name one offset wherever they are used.
 *
 * <table>
 *   <caption>Abbreviations read</caption>
 *   <tr><th>abbreviation</th><th>offset</th></tr>
 *   <tr><td>WET / WEST</td><td>+00:00 / +01:00</td></tr>
 *   <tr><td>CET / CEST, MET / MEST</td><td>+01:00 / +02:00</td></tr>
 *   <tr><td>EET / EEST</td><td>+02:00 / +03:00</td></tr>
 *   <tr><td>MSK</td><td>+03:00</td></tr>
 *   <tr><td>PKT</td><td>+05:00</td></tr>
 *   <tr><td>ICT, WIB</td><td>+07:00</td></tr>
 *   <tr><td>HKT, SGT, AWST, PHT</td><td>+08:00</td></tr>
 *   <tr><td>JST, KST</td><td>+09:00</td></tr>
 *   <tr><td>ACST / ACDT</td><td>+09:30 / +10:30</td></tr>
 *   <tr><td>AEST / AEDT</td><td>+10:00 / +11:00</td></tr>
 *   <tr><td>NZST / NZDT</td><td>+12:00 / +13:00</td></tr>
 *   <tr><td>HST</td><td>-10:00</td></tr>
 *   <tr><td>AKST / AKDT</td><td>-09:00 / -08:00</td></tr>
 *   <tr><td>BST</td><td>+01:00, only with {@code --input-tz Europe/London} (else it may be
 *       Bangladesh's +06:00)</td></tr>
 * </table>
 *
 * <p>EST, CST, MST, PST and their daylight forms keep RFC 2822's North American meaning (read by
 * {@link Scan#zoneName}). Abbreviations that name several offsets are refused: {@link #AMBIGUOUS}
 * lists them with their candidates, for the message.
 */
final class ZoneAbbreviations {
  /** Returned for an abbreviation that is not in the table. */
  static final int UNKNOWN = Integer.MIN_VALUE;

  /** Abbreviations refused as ambiguous, each with the offsets it is used for. */
  static final String AMBIGUOUS =
      "IST (India +05:30, Israel +02:00, Ireland +01:00), "
          + "AST (Arabia +03:00, Atlantic -04:00), "
          + "CDT (North America -05:00, Cuba -04:00) when not RFC 2822, "
          + "BST (British +01:00, Bangladesh +06:00) without --input-tz Europe/London";

  private static final String[] NAMES = {
    "WET", "WEST", "CET", "CEST", "MET", "MEST", "EET", "EEST", "MSK", "PKT", "ICT", "WIB", "HKT",
    "SGT", "AWST", "PHT", "JST", "KST", "ACST", "ACDT", "AEST", "AEDT", "NZST", "NZDT", "HST",
    "AKST", "AKDT"
  };

  private static final int[] MINUTES = {
    0, 60, 60, 120, 60, 120, 120, 180, 180, 300, 420, 420, 480, 480, 480, 480, 540, 540, 570, 630,
    600, 660, 720, 780, -600, -540, -480
  };

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private ZoneAbbreviations() {}

  /**
   * Seconds east of UTC for the {@code n} letters at {@code p}, or {@link #UNKNOWN}; {@code
   * inputZone} is the zone values without one are read in (it decides BST).
   */
  static int offset(CharSequence s, int p, int n, ZoneId inputZone) {
    if (n == 3 && Scan.word(s, p, n, "BST")) {
      return LONDON.equals(inputZone) ? 3600 : UNKNOWN;
    }
    for (int i = 0; i < NAMES.length; i++) {
      if (NAMES[i].length() == n && Scan.word(s, p, n, NAMES[i])) {
        return MINUTES[i] * 60;
      }
    }
    return UNKNOWN;
  }
}
