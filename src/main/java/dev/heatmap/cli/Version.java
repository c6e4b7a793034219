package dev.heatmap.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the version and the commit the jar was built from, e.g. {@code heatmap 0.1.0
 * (commit 1a2b3c4)}. The build fills them into {@link BuildVersion}; a build from a source tree
 * without git leaves the commit unfilled, and then it is "unknown" rather than a placeholder.
 */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {describe(BuildVersion.VERSION, BuildVersion.COMMIT, BuildVersion.DIRTY)};
  }

  /** The one-line version text for what the build knew (any of it may be null or unfilled). */
  static String describe(String version, String commit, String dirty) {
    String v = known(version);
    String c = known(commit);
    if (c != null && "true".equals(known(dirty))) {
      c += "-dirty";
    }
    return "heatmap "
        + (v == null ? "unknown" : v)
        + " (commit "
        + (c == null ? "unknown" : c)
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
