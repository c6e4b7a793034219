package dev.heatmap.render;

import dev.heatmap.core.HeatmapException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * An HTML report template: text with {@code {{name}}} placeholders, filled in one pass so that a
 * value containing a placeholder is written as it is, never expanded again. A placeholder the
 * renderer does not know is left as it stands.
 */
public final class Template {
  /** Where the built-in template lives in the jar (and, as a file, in the source tree). */
  public static final String DEFAULT_RESOURCE = "/templates/report.html";

  private static final Template BUILT_IN = new Template(BuiltInTemplate.TEXT);

  private final String text;

  private Template(String text) {
    this.text = text;
  }

  /**
   * The template packaged in the jar: {@link #DEFAULT_RESOURCE}, whose text the build also compiles
   * in as a constant ({@link BuiltInTemplate}), because reading a resource costs a short run
   * milliseconds.
   */
  public static Template builtIn() {
    return BUILT_IN;
  }

  /** A user's template file. */
  public static Template fromFile(Path file) {
    try {
      return new Template(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot read template: " + e.getMessage(), e);
    }
  }

  public static Template of(String text) {
    return new Template(Objects.requireNonNull(text, "text"));
  }

  /** Writes the template with each known placeholder replaced by its (already escaped) value. */
  public void fill(Map<String, String> values, Writer out) throws IOException {
    int i = 0;
    int n = text.length();
    while (i < n) {
      int open = text.indexOf("{{", i);
      if (open < 0) {
        out.write(text, i, n - i);
        return;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        out.write(text, i, n - i);
        return;
      }
      String name = text.substring(open + 2, close).strip();
      String value = values.get(name);
      if (value == null) {
        out.write(text, i, close + 2 - i);
      } else {
        out.write(text, i, open - i);
        out.write(value);
      }
      i = close + 2;
    }
  }
}
