package dev.heatmap.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.heatmap.core.HeatmapException;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zone names as people type them: case-insensitive IANA names, links, and "did you mean". */
class ZonesTest {
  @ParameterizedTest
  @CsvSource({
    "europe/moscow, Europe/Moscow",
    "EUROPE/MOSCOW, Europe/Moscow",
    "asia/shanghai, Asia/Shanghai",
    "EST5EDT, EST5EDT",
    "america/new_york, America/New_York",
    "utc, UTC",
  })
  void namesDifferingOnlyInCaseAndLinksAreAccepted(String typed, String id) {
    ZoneId zone = Zones.parse(typed);
    assertEquals(id, Zones.label(zone));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Moscow | unknown time zone 'Moscow': did you mean Europe/Moscow?",
        "Asia/Beijing | unknown time zone 'Asia/Beijing': did you mean Asia/Shanghai?",
        "Beijing | unknown time zone 'Beijing': did you mean Asia/Shanghai?",
        "Europe/Moskow | unknown time zone 'Europe/Moskow': did you mean Europe/Moscow?",
        "Berlin | unknown time zone 'Berlin': did you mean Europe/Berlin?",
        "Mars/Olympus | unknown time zone 'Mars/Olympus': use an IANA name such as Europe/Berlin"
            + " or an offset such as +05:30",
      })
  void anUnknownZoneNamesTheClosestOnes(String typed, String message) {
    HeatmapException e = assertThrows(HeatmapException.class, () -> Zones.parse(typed));
    assertEquals(message, e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({"Beijing", "Peking", "MSK", "Delhi", "Kiev", "Saigon", "PST", "Washington"})
  void everyAliasNamesAZoneThisJavaKnows(String alias) {
    String first = Zones.suggestions(alias, 1).get(0);
    assertTrue(ZoneId.getAvailableZoneIds().contains(first), first);
  }
}
