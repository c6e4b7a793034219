package dev.heatmap.render;

import java.util.Objects;

/**
 * How reports are drawn, as opposed to what they say ({@link Report}).
 *
 * @param template the HTML template
 */
public record RenderOptions(Template template) {
  public RenderOptions {
    Objects.requireNonNull(template, "template");
  }

  public static RenderOptions defaults() {
    return new RenderOptions(Template.builtIn());
  }
}
