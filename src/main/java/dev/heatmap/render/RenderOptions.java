package dev.heatmap.render;

import java.util.Objects;

/**
 * How reports are drawn, as opposed to what they say ({@link Report}).
 *
 * @param template the HTML template
 * @param normalize what the cells show
 * @param color the colours the text report may use
 * @param plotly where the HTML report gets Plotly from
 * @param scale how values become shades ({@code --scale})
 * @param background the terminal's background, which picks the text report's colours
 */
public record RenderOptions(
    Template template,
    Normalize normalize,
    ColorDepth color,
    Plotly plotly,
    Scale scale,
    Background background) {
  public RenderOptions {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(normalize, "normalize");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(plotly, "plotly");
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(background, "background");
  }

  /** The linear scale, with the rest given. */
  public RenderOptions(Template template, Normalize normalize, ColorDepth color, Plotly plotly) {
    this(template, normalize, color, plotly, Scale.LINEAR, Background.UNKNOWN);
  }

  /** Counts, no colour, the pinned Plotly, with {@code template}. */
  public RenderOptions(Template template) {
    this(template, Normalize.COUNT, ColorDepth.NONE, Plotly.pinned());
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Template.builtIn());
  }

  public RenderOptions withNormalize(Normalize n) {
    return new RenderOptions(template, n, color, plotly, scale, background);
  }

  public RenderOptions withColor(ColorDepth c) {
    return new RenderOptions(template, normalize, c, plotly, scale, background);
  }

  public RenderOptions withPlotly(Plotly p) {
    return new RenderOptions(template, normalize, color, p, scale, background);
  }

  public RenderOptions withBackground(Background b) {
    return new RenderOptions(template, normalize, color, plotly, scale, b);
  }

  public RenderOptions withScale(Scale s) {
    return new RenderOptions(template, normalize, color, plotly, s, background);
  }
}
