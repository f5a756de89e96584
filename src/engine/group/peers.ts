// One agency among its peers: rank, percentile and gap to the peer median
// in the overall and in each indicator. The indicators where it lags the
// median most are the first candidates for its measures plan.
import type { Framework } from "../types";
import { ascending, countBelowAbove, fromHundredths, hundredths, percent, quartile } from "./stats";
import type { AgencyResult, PeerPosition, PeerStanding } from "./types";

function standing(indicator: number | null, own: string, peerValues: number[]): PeerStanding {
  const sorted = ascending(peerValues);
  const v = hundredths(own);
  const { below, above } = countBelowAbove(sorted, v);
  const median = quartile(sorted, 0.5);
  return {
    indicator,
    score: own,
    rank: above + 1,
    // Excel PERCENTRANK.INC: the share of the other values below this one; a lone agency is at 100.
    percentile: sorted.length <= 1 ? "100.00" : percent(below, sorted.length - 1),
    median,
    // From the printed (2-decimal) median, so score − median = gap on the sheet.
    gap: fromHundredths(v - hundredths(median)),
  };
}

export function placeAmongPeers(agency: AgencyResult, peers: AgencyResult[], fw: Framework, scope: "group" | "all"): PeerPosition {
  const overall = standing(
    null,
    agency.result.overall,
    peers.map((p) => p.points.overall)
  );
  const indicators = fw.indicators.map((i) =>
    standing(
      i.number,
      agency.result.scores[i.number],
      peers.map((p) => p.points.scores[i.number])
    )
  );
  const lagging = indicators
    .filter((s) => hundredths(s.gap) < 0)
    .sort((a, b) => hundredths(a.gap) - hundredths(b.gap) || (a.indicator as number) - (b.indicator as number))
    .map((s) => s.indicator as number);
  return { agency, scope, count: peers.length, overall, indicators, lagging };
}
