/**
 * One run of the use case, what the command line and the Spark job both call: read the sources into
 * one tally (files side by side, large files in parts), infer the zone, build the {@code
 * render.Report}, apply {@code --strict}. It wires the layers together (a {@code time.TimeResolver}
 * into {@code input}'s extractors) and may import every layer but {@code cli}; it prints nothing
 * and returns what the command line says.
 */
package dev.heatmap.run;
