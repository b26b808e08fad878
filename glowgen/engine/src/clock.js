/* ---------- time: the clinic's local time, whatever the visitor's ---------- */

/** `now` as epoch milliseconds, and whether it was written without an offset (then it is
 *  the clinic's local time, corrected by the caller). */
export function toMillis(now) {
  if (now === undefined || now === null) return { ms: Date.now(), local: false };
  const text = typeof now === "string" ? now.trim() : null;
  const local = text !== null && /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?)?$/.test(text);
  const ms = now instanceof Date ? now.getTime() : typeof now === "number" ? now
    : Date.parse(local ? (text.length === 10 ? text + "T00:00:00Z" : text + "Z") : String(now));
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) {
    throw new TypeError("now must be a date, epoch milliseconds or an ISO 8601 time");
  }
  return { ms, local };
}

const pad = (n) => String(n).padStart(2, "0");
export const clock = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const isoDay = (date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function createClock(hours) {
  const offsets = hours.offsets;
  const offsetAt = (ms) => {
    let offset = offsets.length ? offsets[0][1] : 0;
    for (const [start, value] of offsets) if (start <= ms) offset = value;
    return offset;
  };
  const holidays = new Map(hours.holidays);
  /** The clinic's calendar day and minute for an instant. */
  const local = (ms) => {
    const date = new Date(ms + offsetAt(ms) * 60000);
    return { date, day: isoDay(date), weekday: (date.getUTCDay() + 6) % 7, minute: date.getUTCHours() * 60 + date.getUTCMinutes() };
  };
  /** A day's opening ranges and why: closure note, public holiday or the weekly hours. */
  const schedule = (date) => {
    const day = isoDay(date);
    let closure = null;
    for (const c of hours.closures) if (c[0] <= day && day <= c[1]) closure = c;
    if (closure) return { ranges: closure[2], note: closure[3], kind: closure[2].length ? "special" : "closure" };
    if (hours.holidays_closed && holidays.has(day)) return { ranges: [], note: holidays.get(day), kind: "holiday" };
    return { ranges: hours.week[(date.getUTCDay() + 6) % 7], note: "", kind: "week" };
  };
  const addDays = (date, days) => new Date(date.getTime() + days * 86400000);
  /** Open now? And the next opening or closing: {open, until, next: {offset, minute}}. */
  const status = (ms) => {
    const here = local(ms);
    const today = schedule(here.date).ranges;
    for (const [start, end] of today) {
      if (start <= here.minute && here.minute < end) {
        // open until the last of the ranges that follow without a gap, past midnight too
        let days = 0;
        let until = end;
        for (let more = true; more && days < 14;) {
          more = false;
          const ranges = schedule(addDays(here.date, days)).ranges;
          for (const [a, b] of ranges) if (a === until && b > until) { until = b; more = true; }
          if (until === 1440) {
            const next = schedule(addDays(here.date, days + 1)).ranges;
            if (next.length && next[0][0] === 0) { days += 1; until = 0; more = true; }
          }
        }
        return { open: true, until, untilDays: days };
      }
    }
    for (let days = 0; days < 400; days++) {
      const ranges = schedule(addDays(here.date, days)).ranges;
      for (const [start] of ranges) {
        if (days > 0 || start > here.minute) return { open: false, next: { days, minute: start, date: addDays(here.date, days) } };
      }
    }
    return { open: false, next: null };
  };
  /** An instant from `toMillis`: a time written without offset is the clinic's. */
  const instant = ({ ms, local: isLocal }) => (isLocal ? ms - offsetAt(ms - offsetAt(ms) * 60000) * 60000 : ms);
  return { local, schedule, status, addDays, instant };
}
