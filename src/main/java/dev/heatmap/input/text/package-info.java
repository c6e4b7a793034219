/**
 * Plain text and logs: one timestamp per line, bare or where the line's layout (syslog, access
 * logs, chat exports, git log, ...) or {@code --regex} puts it. The extractor, its byte scanners
 * and the layout detection side by side. Imports {@code input.bytes}, {@code input.extract} and
 * {@code core}.
 */
package dev.heatmap.input.text;
