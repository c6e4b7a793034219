package dev.heatmap.grid.infer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The IANA zones {@code --infer-tz} may name: {@code zones.txt}, most populous first. */
public record ZoneCatalog(List<String> zones) {
  public ZoneCatalog {
    zones = List.copyOf(zones);
  }

  /** The catalog shipped with heatmap. */
  public static ZoneCatalog standard() {
    List<String> list = new ArrayList<>();
    try (InputStream in = ZoneCatalog.class.getResourceAsStream("zones.txt");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          int tab = line.indexOf('\t');
          list.add(tab < 0 ? line.strip() : line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ZoneCatalog(list);
  }
}
