/** Calendar arithmetic for deadlines: exact ISO dates, month and quarter bounds. */

/** Number of days in a month (1-12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True for Gregorian leap years. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The ISO date YYYY-MM-DD of a day, or null when the day does not exist. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** First day of a month. */
export function monthStart(year: number, month: number): string {
  return `${year}-${pad2(month)}-01`;
}

/** Last day of a month. */
export function monthEnd(year: number, month: number): string {
  return `${year}-${pad2(month)}-${pad2(daysInMonth(year, month))}`;
}

/** First day of a quarter (1-4). */
export function quarterStart(year: number, quarter: number): string {
  return monthStart(year, quarter * 3 - 2);
}

/** Last day of a quarter (1-4). */
export function quarterEnd(year: number, quarter: number): string {
  return monthEnd(year, quarter * 3);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
