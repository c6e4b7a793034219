/**
 * Time-zone inference ({@code --infer-tz}): the habits ({@link dev.heatmap.grid.infer.Life}, {@link
 * dev.heatmap.grid.infer.RestDays}, {@link dev.heatmap.grid.infer.Habit}), the zone models ({@link
 * dev.heatmap.grid.infer.ZoneModels}, from a {@link dev.heatmap.grid.infer.ZoneCatalog}), the
 * scorer of a local week, and {@link dev.heatmap.grid.infer.TzInference}, which ranks offsets into
 * a {@link dev.heatmap.grid.infer.ZoneGuess}. Reads {@link dev.heatmap.grid.TzEvidence}; may import
 * {@code grid} and below, never {@code render} or {@code cli}.
 */
package dev.heatmap.grid.infer;
