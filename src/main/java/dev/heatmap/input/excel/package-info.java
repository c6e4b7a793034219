/**
 * Workbooks: xlsx through POI's streaming SAX API and xls through its event API, the sheet and
 * column choice, and Excel's date serials. Imports {@code input.bytes}, {@code input.extract} and
 * {@code core}.
 */
package dev.heatmap.input.excel;
