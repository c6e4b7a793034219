/**
 * Plain text: one timestamp per line. The extractor and its byte scanner side by side. Imports
 * {@code input.bytes}, {@code input.extract} and {@code core}.
 */
package dev.heatmap.input.text;
