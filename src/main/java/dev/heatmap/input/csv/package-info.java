/**
 * Delimited text (Commons CSV for the reference path, a byte scanner for the fast one), with
 * delimiter and header detection and column choice. Imports {@code input.bytes}, {@code
 * input.extract} and {@code core}.
 */
package dev.heatmap.input.csv;
