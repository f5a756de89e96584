// Year-over-year comparison. Deltas are differences of the 2-decimal
// published values, so printed tables add up (-1.23, not -1.24).
import { dec, fixed2 } from "./decimal";
import type { Change, Direction, InstrumentChange, YearResult } from "./types";

export function direction(delta: string): Direction {
  const d = dec(delta);
  return d.gt(0) ? "up" : d.lt(0) ? "down" : "same";
}

export function deltaOf(previous: string, current: string): { delta: string; direction: Direction } {
  const delta = fixed2(dec(current).minus(previous));
  return { delta, direction: direction(delta) };
}

export function compareYears(previous: YearResult, current: YearResult): Change[] {
  return current.framework.indicators
    .filter((i) => previous.scores[i.number] !== undefined)
    .map((i) => {
      const p = previous.scores[i.number];
      const c = current.scores[i.number];
      return { indicator: i.number, previous: p, current: c, ...deltaOf(p, c) };
    });
}

/** Each instrument's mean in both years (those present in both), as the indicators are compared. */
export function compareInstruments(previous: YearResult, current: YearResult): InstrumentChange[] {
  return current.instruments.flatMap((c) => {
    const p = previous.instruments.find((i) => i.id === c.id);
    return p ? [{ id: c.id, previous: p.mean, current: c.mean, ...deltaOf(p.mean, c.mean) }] : [];
  });
}
