/**
 * The pattern of life over the calendar: events per local day ({@link
 * dev.heatmap.grid.calendar.DayCounts}, counted by the tally in fixed memory per year), the quiet
 * stretches ({@link dev.heatmap.grid.calendar.DayModel}), the public-holiday calendars ({@link
 * dev.heatmap.grid.calendar.HolidayCalendars}, read from this package's resources only when a
 * ranking is asked for) and the ranking of the countries whose holidays explain the quiet days
 * ({@link dev.heatmap.grid.calendar.HolidayRanking}), gathered into the {@link
 * dev.heatmap.grid.calendar.CalendarView} a report draws.
 *
 * <p>Imports java.* only: {@code grid} imports it, not the other way round.
 */
package dev.heatmap.grid.calendar;
