/** An entry's days as pages print them: the dates line and the suggested citation read the same words. */

// Entry dates are calendar days, stored as midnight UTC: formatted in UTC, they never shift a day.
const longFormat = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });

/** "December 1, 2026". */
export function longDate(date: Date): string {
  return longFormat.format(date);
}

/** "2026-12-01", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The day an entry was last changed, or undefined when it has not changed since it was published. */
export function updatedDate(dates: { published: Date; modified: Date }): Date | undefined {
  return dates.modified.getTime() === dates.published.getTime() ? undefined : dates.modified;
}
