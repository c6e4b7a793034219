/**
 * The hand-written timestamp parsers (ISO 8601, RFC 2822, access-log, ctime, numeric dates, epochs,
 * strftime and java.time patterns), the calendar tables they share, and local-time-to-instant
 * conversion with cached zone transitions. Imports only {@code core}.
 */
package dev.heatmap.time.parse;
