package dev.heatmap.render;

import java.util.Objects;

/**
 * How reports are drawn, as opposed to what they say ({@link Report}).
 *
 * @param template the HTML template
 * @param normalize what the cells show
 * @param color the colours the text report may use
 * @param plotly where the HTML report gets Plotly from
 */
public record RenderOptions(
    Template template, Normalize normalize, ColorDepth color, Plotly plotly) {
  public RenderOptions {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(normalize, "normalize");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(plotly, "plotly");
  }

  /** Counts, no colour, the pinned Plotly, with {@code template}. */
  public RenderOptions(Template template) {
    this(template, Normalize.COUNT, ColorDepth.NONE, Plotly.pinned());
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Template.builtIn());
  }

  public RenderOptions withNormalize(Normalize n) {
    return new RenderOptions(template, n, color, plotly);
  }

  public RenderOptions withColor(ColorDepth c) {
    return new RenderOptions(template, normalize, c, plotly);
  }

  public RenderOptions withPlotly(Plotly p) {
    return new RenderOptions(template, normalize, color, p);
  }
}
