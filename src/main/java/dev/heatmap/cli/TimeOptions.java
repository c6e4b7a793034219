package dev.heatmap.cli;

import dev.heatmap.time.TimeConfig;
import dev.heatmap.time.Zones;
import picocli.CommandLine.Option;

/** The command line's time options: how values are read and which zone the grid is drawn in. */
final class TimeOptions {
  @Option(
      names = "--input-tz",
      paramLabel = "ZONE",
      description = "Zone of values that carry no offset (default UTC).")
  private String inputTz = "UTC";

  @Option(
      names = "--tz",
      paramLabel = "ZONE",
      description =
          "Zone the grid is drawn in (default UTC): an IANA name such as Europe/Moscow, or an"
              + " offset such as +08:00, UTC+5:30 or -03.")
  private String tz = "UTC";

  /** The time configuration these options describe; a bad zone is a usage error. */
  TimeConfig toConfig() {
    return new TimeConfig(Zones.parse(inputTz), Zones.parse(tz));
  }
}
