// Skipped features for the written summary: one line per feature with the
// sheets it was left off, so Office 2016 shows a short list, not one line for
// every sheet and feature.
import type { SkippedFeature, WriteResult } from "../report/host";

export function byFeature(skipped: WriteResult["skipped"]): { feature: SkippedFeature; sheets: string[] }[] {
  const out = new Map<SkippedFeature, string[]>();
  for (const { sheet, feature } of skipped) {
    const sheets = out.get(feature) ?? [];
    if (!sheets.includes(sheet)) sheets.push(sheet);
    out.set(feature, sheets);
  }
  return [...out].map(([feature, sheets]) => ({ feature, sheets }));
}
