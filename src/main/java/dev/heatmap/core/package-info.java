/**
 * The leaf every layer stands on, importing nothing of the project: the exit codes, the one
 * exception type with its one-line message, skip reasons, per-input {@link Diagnostics}, a
 * structured {@link Location}, and the small contracts through which layers that must not know each
 * other meet: the {@link RecordSink} extractors fill and the time layer implements, the {@link
 * ArrayText} values they pass, and the {@link TimestampJudge} field choice asks.
 */
package dev.heatmap.core;
