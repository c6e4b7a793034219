/**
 * The counts: the 7×24 {@link WeekHourGrid}, the {@link Tally} that fills one per group and merges
 * across threads and parts, and the quarter-hour {@link TzEvidence} inference reads. Imports {@code
 * time} (the binner) and {@code core}.
 */
package dev.heatmap.grid;
