// One framework per fiscal year, each with what it rests on and how sure.
import type { Confidence, Framework, GradeScale, SourceNote } from "../types";
import { STANDARD_INDICATORS } from "./indicators";
import { LETTER_SCALE, RATING_SCALE } from "./scales";

const SRC = {
  letterBands: "https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html",
  provinceRows: "https://fliphtml5.com/nqbfm/fekk/",
  instrumentMean: "https://online.anyflip.com/qxtmp/cuda/files/basic-html/page111.html",
  rating2566: "https://bangplakod.go.th/select_news.php?news_id=574&id_type=1",
  rating2566b: "https://org.thaipbs.or.th/content/5949",
  nacc2568: "https://mgronline.com/uptodate/detail/9680000079675",
};

function year(
  y: number,
  scale: GradeScale,
  confidence: { indicators: Confidence; weights: Confidence; scale: Confidence },
  note: string,
  urls: string[],
): Framework {
  const source: SourceNote = { note, urls, confidence };
  return {
    id: `ita-${y}`,
    year: y,
    title: { th: `ITA ปีงบประมาณ พ.ศ. ${y}`, en: `ITA fiscal year ${y} BE` },
    indicators: STANDARD_INDICATORS,
    passMark: "85",
    scale,
    source,
  };
}

const UNVERIFIED_WEIGHTS =
  "Weights 6/10/20 % are unverified for this year: no source states a change, and every later document found still uses them.";

export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  year(2562, LETTER_SCALE, { indicators: "M", weights: "M", scale: "M" },
    `Letter grades AA–F. ${UNVERIFIED_WEIGHTS}`, [SRC.letterBands]),
  year(2563, LETTER_SCALE, { indicators: "H", weights: "H", scale: "M" },
    "Letter grades AA–F; weights reproduce published province totals.", [SRC.provinceRows, SRC.letterBands]),
  year(2564, LETTER_SCALE, { indicators: "H", weights: "H", scale: "H" },
    "Letter grades AA–F; weights reproduce published totals (IIT mean × 30 %).", [SRC.provinceRows, SRC.instrumentMean, SRC.letterBands]),
  year(2565, LETTER_SCALE, { indicators: "H", weights: "H", scale: "H" },
    "Letter grades AA–F; weights reproduce the reference report's 88.53 and 89.76.", [SRC.letterBands]),
  year(2566, RATING_SCALE, { indicators: "M", weights: "M", scale: "M" },
    `NACC rating replaced AA–F (board resolution 8 June 2566). ${UNVERIFIED_WEIGHTS}`, [SRC.rating2566, SRC.rating2566b]),
  year(2567, RATING_SCALE, { indicators: "M", weights: "M", scale: "M" },
    `NACC rating. ${UNVERIFIED_WEIGHTS}`, [SRC.rating2566, SRC.nacc2568]),
  year(2568, RATING_SCALE, { indicators: "H", weights: "M", scale: "M" },
    `NACC rating (NACC explained a 2568 ผ่าน by EIT below 85). ${UNVERIFIED_WEIGHTS}`, [SRC.nacc2568]),
];

export const KNOWN_YEARS: readonly number[] = BUILT_IN_FRAMEWORKS.map((f) => f.year as number);

export function builtInFramework(idOrYear: string | number): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === String(idOrYear) || f.year === Number(idOrYear));
}
