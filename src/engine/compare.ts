// Year-over-year comparison. Deltas are differences of the 2-decimal
// published values, so printed tables add up (-1.23, not -1.24).
import { dec, fixed2 } from "./decimal";
import { matchKey } from "./text";
import type { Change, Direction, IndicatorDef, InstrumentChange, YearResult } from "./types";

export function direction(delta: string): Direction {
  const d = dec(delta);
  return d.gt(0) ? "up" : d.lt(0) ? "down" : "same";
}

export function deltaOf(previous: string, current: string): { delta: string; direction: Direction } {
  const delta = fixed2(dec(current).minus(previous));
  return { delta, direction: direction(delta) };
}

const nameKeys = (i: IndicatorDef): string[] => [i.name.th, i.name.en, ...i.variants].map(matchKey);

/**
 * The previous year's indicator that is the same as `i`: the one with its
 * name (or a known variant), by number first. Frameworks of the same rules
 * pair every indicator with its namesake; after a reform an indicator is
 * compared only with what measured the same thing, whatever its number.
 */
export function counterpart(i: IndicatorDef, previous: IndicatorDef[]): IndicatorDef | undefined {
  const keys = nameKeys(i);
  const same = (p: IndicatorDef) => nameKeys(p).some((k) => keys.includes(k));
  return previous.find((p) => p.number === i.number && same(p)) ?? previous.find(same);
}

export function compareYears(previous: YearResult, current: YearResult): Change[] {
  return current.framework.indicators.flatMap((i) => {
    const was = counterpart(i, previous.framework.indicators);
    if (!was || previous.scores[was.number] === undefined) return [];
    const p = previous.scores[was.number];
    const c = current.scores[i.number];
    return [
      {
        indicator: i.number,
        ...(was.number !== i.number ? { previousIndicator: was.number } : {}),
        previous: p,
        current: c,
        ...deltaOf(p, c),
      },
    ];
  });
}

/** Each instrument's mean in both years (those present in both), as the indicators are compared. */
export function compareInstruments(previous: YearResult, current: YearResult): InstrumentChange[] {
  return current.instruments.flatMap((c) => {
    const p = previous.instruments.find((i) => i.id === c.id);
    return p ? [{ id: c.id, previous: p.mean, current: c.mean, ...deltaOf(p.mean, c.mean) }] : [];
  });
}
