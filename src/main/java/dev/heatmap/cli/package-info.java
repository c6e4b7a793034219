/**
 * The command line, and the only code that knows argv, the environment and the process's streams:
 * {@link Main}, the picocli model and its error handlers, the options parsed into validated values,
 * the output target. May import every layer.
 */
package dev.heatmap.cli;
