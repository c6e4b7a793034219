/**
 * Detection and opening: what type an input is (extension, magic bytes, content), gzip and text
 * decoding, and the registry that picks each type's extractor from {@code input.text}, {@code
 * input.csv}, {@code input.json} or {@code input.excel}. Imports its own subpackages and {@code
 * core}; never {@code time} (field choice asks through {@code core.TimestampJudge}).
 */
package dev.heatmap.input;
