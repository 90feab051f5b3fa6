// Local days and times for the staff pages: the log stores UTC ISO strings, staff read and filter in ADMIN_TIME_ZONE.

/** Year, month, day, hour, minute and second of an instant in a time zone (read from Intl, so DST zones work too). */
function zoned(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

const two = (n: number) => String(n).padStart(2, '0');

/** "2026-12-04 18:05" in the given zone; text that is not a time is returned as it is. */
export function localTime(at: string, timeZone = 'Asia/Shanghai'): string {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return at;
  const z = zoned(t, timeZone);
  return `${z.year}-${two(z.month)}-${two(z.day)} ${two(z.hour)}:${two(z.minute)}`;
}

/** The UTC instant a local day ("2026-12-04") starts in a time zone. */
export function dayStartUtc(day: string, timeZone: string): number {
  const [y = 1970, m = 1, d = 1] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const z = zoned(guess, timeZone);
  const asLocal = Date.UTC(z.year, z.month - 1, z.day, z.hour, z.minute, z.second);
  return guess - (asLocal - guess);
}
