/**
 * A {@link Renderer} per {@link OutputFormat} (HTML, JSON, CSV, Markdown, SVG, text) over the
 * {@link Report} model, with the escaping each destination needs. Writes only to the stream it is
 * given. Imports {@code grid} and {@code core}.
 */
package dev.heatmap.render;
