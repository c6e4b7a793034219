/**
 * JSON in every layout heatmap reads (lines, arrays, concatenated roots, nested exports): the
 * extractor, the streaming record finder over Jackson's parser, and the byte scanners that read the
 * common case without it and hand back to it when in doubt. Imports {@code input.text} (for JSON
 * lines read as lines), {@code input.bytes}, {@code input.extract} and {@code core}.
 */
package dev.heatmap.input.json;
