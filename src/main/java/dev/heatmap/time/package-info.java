/**
 * From a value to an instant to a cell: the {@link TimeResolver} (a {@code core.RecordSink}) that
 * detects the format from a sample and resolves each value, its {@link TimeConfig}, zone names and
 * the binning of instants into day-of-week and hour in the report's zone. Imports {@code
 * time.parse} and {@code core}; never {@code input}.
 */
package dev.heatmap.time;
