package dev.heatmap.grid.infer;

/**
 * The habits found for one model: the family of life, the rest days, and the local quarter-hours
 * where the day is cut (counted from local midnight; past 96 is after the next midnight).
 *
 * @param life the family
 * @param rest the week's rest days
 * @param start office: work starts; evening: activity starts; shift: the shift starts; late riser
 *     and sleep-only: waking
 * @param end office: work ends; shift: the shift ends; else -1
 * @param lunch office: lunch starts, -1 for none
 * @param lunchEnd office: lunch ends, -1 for none
 * @param bed the quiet night starts
 * @param wake the quiet night ends
 */
public record Habit(
    Life life, RestDays rest, int start, int end, int lunch, int lunchEnd, int bed, int wake) {

  /**
   * The working window in words: {@code work 09:15–18:00, lunch 13:00–14:00, quiet 23:30–07:00}.
   */
  public String window() {
    StringBuilder sb = new StringBuilder();
    switch (life) {
      case OFFICE -> {
        sb.append("work ").append(span(start, end));
        if (lunch >= 0) {
          sb.append(", lunch ").append(span(lunch, lunchEnd));
        }
      }
      case EVENING -> sb.append("active ").append(span(start, bed)).append(" after a day job");
      case SHIFT -> sb.append("shift ").append(span(start, end));
      case LATE_RISER, SLEEP_ONLY -> sb.append("awake ").append(span(wake, bed));
    }
    sb.append(", quiet ").append(span(bed, wake));
    if (rest != RestDays.NONE) {
      sb.append(", rest days ").append(rest.words);
    } else if (life == Life.OFFICE || life == Life.EVENING) {
      sb.append(", no rest day");
    }
    return sb.toString();
  }

  static String span(int from, int to) {
    return clock(from) + "\u2013" + clock(to);
  }

  /** {@code 09:15} for quarter-hour 37. */
  static String clock(int quarter) {
    int q = Math.floorMod(quarter, 96);
    int h = q / 4;
    int m = q % 4 * 15;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }
}
