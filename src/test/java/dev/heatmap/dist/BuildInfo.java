package dev.heatmap.dist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What the build wrote about itself (target/classes/heatmap-version.properties). */
final class BuildInfo {
  private BuildInfo() {}

  static String version() {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(Proc.TARGET.resolve("classes/heatmap-version.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  /** The distribution archive {@code mvn package} wrote, by extension (tar.gz or zip). */
  static Path archive(String extension) {
    return Proc.TARGET.resolve("heatmap-" + version() + "." + extension);
  }
}
