/**
 * The byte machinery the formats share: reading a stream or a file range in blocks, scanning for
 * line ends, finding part boundaries and reading a file as parts on several threads ({@link
 * FileParts}), decoding text, and the limits on line and record length. Imports {@code
 * input.extract} and {@code core}.
 */
package dev.heatmap.input.bytes;
