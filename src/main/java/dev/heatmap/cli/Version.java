package dev.heatmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version and the commit the jar was built from, e.g. {@code heatmap 0.1.0
 * (commit 1a2b3c4)}. The build fills {@code heatmap-version.properties}; a build from a source tree
 * without git leaves the commit unfilled, and then it is "unknown" rather than a placeholder.
 */
final class Version implements IVersionProvider {
  static final String RESOURCE = "/heatmap-version.properties";

  @Override
  public String[] getVersion() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // An unreadable resource in our own jar: say "unknown" rather than fail --version.
    }
    return new String[] {describe(p)};
  }

  /** The one-line version text for the build properties {@code p}. */
  static String describe(Properties p) {
    String version = known(p.getProperty("version"));
    String commit = known(p.getProperty("commit"));
    if (commit != null && "true".equals(known(p.getProperty("dirty")))) {
      commit += "-dirty";
    }
    return "heatmap "
        + (version == null ? "unknown" : version)
        + " (commit "
        + (commit == null ? "unknown" : commit)
        + ")";
  }

  /** The value, or null when it is missing, blank or a placeholder the build did not fill. */
  private static String known(String value) {
    if (value == null || value.isBlank() || value.contains("${")) {
      return null;
    }
    return value.strip();
  }
}
