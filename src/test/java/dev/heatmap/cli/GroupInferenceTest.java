package dev.heatmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code --infer-tz --group-by}: an answer per member and the crew's summary line. */
class GroupInferenceTest {
  /** A crew of five office workers, 09:00–18:00 with lunch at 13:00; bentley lives at +06:00. */
  static String crew() {
    StringBuilder csv = new StringBuilder("time,name\n");
    String[] names = {"alice", "bob", "carol", "dave", "bentley"};
    SplittableRandom r = new SplittableRandom(5);
    for (String name : names) {
      ZoneOffset zone = ZoneOffset.ofHours(name.equals("bentley") ? 6 : 3);
      for (int i = 0; i < 120; i++) {
        LocalDate d = LocalDate.of(2023, 3, 6).plusDays(i);
        if (d.getDayOfWeek().getValue() > 5) {
          continue;
        }
        long midnight = d.atStartOfDay(zone).toEpochSecond();
        double end = 18 + 0.5 * r.nextDouble();
        for (double t = 9 + 0.5 * r.nextDouble();
            t < end;
            t += -0.3 * Math.log(1 - r.nextDouble())) {
          if (t < 13 || t >= 14) {
            csv.append(Instant.ofEpochSecond(midnight + (long) (t * 3600)))
                .append(',')
                .append(name);
            csv.append('\n');
          }
        }
      }
    }
    return csv.toString();
  }

  @Test
  void aCrewOfFiveWhereOneLivesThreeHoursAwayIsReportedPerMember() {
    Run r = Run.of(crew(), "--infer-tz", "--group-by", "name", "-f", "json");
    assertEquals(0, r.exitCode(), r.err());
    String json = r.out().replace("\" : ", "\":");
    assertTrue(json.contains("\"crew\":\"4 of 5 members fit +03:00; bentley fits +06:00\""), json);
    int bentley = json.indexOf("\"name\":\"bentley\"");
    assertTrue(bentley > 0, json);
    int inference = json.indexOf("\"tz_inference\":", bentley);
    assertTrue(inference > bentley, json);
    assertTrue(
        json.indexOf("\"best\":\"+06:00\"", inference) == json.indexOf("\"best\"", inference),
        json);
  }

  @Test
  void theTextReportShowsEachMembersAnswerAndTheCrewLine() {
    Run r = Run.of(crew(), "--infer-tz", "--group-by", "name");
    String out = r.out().replaceAll("\\s+", " ");
    assertTrue(
        out.contains("Time zone per group: 4 of 5 members fit +03:00; bentley fits +06:00"), out);
    assertTrue(out.contains("bentley: +06:00 "), out);
    assertTrue(out.contains("work 09:00"), out);
  }

  @Test
  void everyFormatShowsTheConfidenceAndTheWorkingWindowNextToTheAnswer() {
    for (String format : new String[] {"text", "markdown", "html", "svg"}) {
      String out = Run.of(crew(), "--infer-tz", "-f", format).out().replaceAll("\\s+", " ");
      assertTrue(out.contains("Confidence: "), format + ": " + out);
      assertTrue(out.contains("office day, work "), format);
    }
  }
}
