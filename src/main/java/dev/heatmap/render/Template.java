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

  /** The largest template file read: the built-in one is some 20 KB. */
  public static final int MAX_BYTES = 8 << 20;

  /**
   * A user's template file: at most {@link #MAX_BYTES} of UTF-8 text, else one line saying which.
   * Read through a bounded stream, so that a FIFO or device named as the template cannot fill the
   * heap.
   */
  public static Template fromFile(Path file) {
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    } catch (IOException e) {
      throw HeatmapException.input(file + ": cannot read template: " + e.getMessage(), e);
    }
    if (bytes.length > MAX_BYTES) {
      throw HeatmapException.input(
          file + ": template larger than " + (MAX_BYTES >> 20) + " MiB; refused");
    }
    java.nio.charset.CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    try {
      return new Template(utf8.decode(in).toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw HeatmapException.input(
          file + ": template is not UTF-8 text (invalid byte at offset " + in.position() + ")");
    }
  }

  /**
   * What a user's template does that weakens the report: no {@code {{csp}}} placeholder (the page
   * then has no Content-Security-Policy), or a placeholder as an unquoted attribute value, where a
   * space in a value would start a new attribute. Empty for the built-in template.
   */
  public java.util.List<String> warnings() {
    java.util.List<String> w = new java.util.ArrayList<>();
    boolean csp = false;
    for (int open = text.indexOf("{{"); open >= 0; open = text.indexOf("{{", open + 2)) {
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        break;
      }
      String name = text.substring(open + 2, close).strip();
      if (name.equals("csp")) {
        csp = true;
      }
      int b = open - 1;
      while (b >= 0 && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
        b--;
      }
      if (b >= 0 && text.charAt(b) == '=' && insideTag(open)) {
        w.add("template: {{" + name + "}} is an unquoted attribute value; put it in double quotes");
      }
    }
    if (!csp) {
      w.add(
          "template: no {{csp}} placeholder, so the report has no Content-Security-Policy; add it"
              + " to <head>");
    }
    return w;
  }

  /** Whether {@code at} is inside a tag: a {@code <} after the last {@code >} before it. */
  private boolean insideTag(int at) {
    return text.lastIndexOf('<', at) > text.lastIndexOf('>', at);
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
