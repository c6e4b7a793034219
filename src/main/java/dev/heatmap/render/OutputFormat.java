package dev.heatmap.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats, the file extensions that imply each, and the renderer for each. */
public enum OutputFormat {
  HTML("html", ".html", ".htm"),
  JSON("json", ".json"),
  CSV("csv", ".csv"),
  MARKDOWN("markdown", ".md", ".markdown"),
  SVG("svg", ".svg"),
  TEXT("text", ".txt");

  private final String id;
  private final String[] extensions;

  OutputFormat(String id, String... extensions) {
    this.id = id;
    this.extensions = extensions;
  }

  /** The name used on the command line ({@code -f json}). */
  public String id() {
    return id;
  }

  /** The usual file extension, with its dot ({@code .md}). */
  public String extension() {
    return extensions[0];
  }

  /** A renderer for this format. */
  public Renderer renderer(RenderOptions options) {
    return switch (this) {
      case HTML ->
          new HtmlRenderer(
              options.template(), options.normalize(), options.plotly(), options.scale());
      case JSON -> new JsonRenderer(options.normalize(), options.scale());
      case CSV -> new CsvRenderer(options.normalize(), options.scale());
      case MARKDOWN -> new MarkdownRenderer(options.normalize(), options.scale());
      case SVG -> new SvgRenderer(options.normalize(), options.scale());
      case TEXT ->
          new TextRenderer(
              options.normalize(), options.color(), options.scale(), options.background());
    };
  }

  /** The format an output file name implies, or {@code null}. */
  public static OutputFormat byFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      for (String ext : f.extensions) {
        if (lower.endsWith(ext)) {
          return f;
        }
      }
    }
    return null;
  }

  /** The format named {@code id}, or {@code null}. */
  public static OutputFormat byId(String id) {
    for (OutputFormat f : values()) {
      if (f.id.equalsIgnoreCase(id)) {
        return f;
      }
    }
    return null;
  }

  /** Every format's name, comma-separated. */
  public static String names() {
    return Arrays.stream(values()).map(OutputFormat::id).collect(Collectors.joining(", "));
  }
}
