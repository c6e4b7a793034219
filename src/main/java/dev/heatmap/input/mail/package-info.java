/**
 * E-mail: mbox mailboxes and single {@code .eml} messages, read by their {@code Date:} headers.
 * Imports {@code input.text} (for its line-length error), {@code input.bytes}, {@code
 * input.extract} and {@code core}.
 */
package dev.heatmap.input.mail;
