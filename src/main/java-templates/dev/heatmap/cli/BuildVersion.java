package dev.heatmap.cli;

/**
 * The version and the commit the jar was built from, for {@code --version}: this file is a
 * template the build fills in (the pom's antrun execution {@code built-in-sources}). A value still
 * of the form {@code ${...}} was not known to the build (no git checkout).
 *
 * <p>Constants rather than a resource: reading a resource opens the jar and reads its index of some
 * 13,000 entries, milliseconds of every short run.
 */
final class BuildVersion {
  static final String VERSION = "@version@";
  static final String COMMIT = "@commit@";
  static final String DIRTY = "@dirty@";

  private BuildVersion() {}
}
