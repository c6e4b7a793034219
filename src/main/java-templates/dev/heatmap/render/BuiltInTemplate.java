package dev.heatmap.render;

/**
 * The built-in HTML template, templates/report.html, as a constant: this file is a template the
 * build fills in with that file's text (the pom's antrun execution {@code built-in-sources}).
 *
 * <p>A constant rather than the jar's resource: reading a resource opens the jar and reads its
 * index of some 13,000 entries, milliseconds of every short run.
 */
final class BuiltInTemplate {
  static final String TEXT =
      ""
@text@;

  private BuiltInTemplate() {}
}
