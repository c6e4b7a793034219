/**
 * The extractor contract and what every extractor shares: the opened {@link Input} and its {@link
 * Source}, the {@link InputConfig}, the input types, the choice of the timestamp field ({@link
 * FieldChooser}, {@link FieldSpec}) and of group values, magic bytes and delimiters. Imports only
 * {@code core}.
 */
package dev.heatmap.input.extract;
