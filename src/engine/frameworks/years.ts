// One framework per fiscal year, each with what it rests on and how sure.
import type { Confidence, Framework, GradeScale, SourceNote } from "../types";
import { STANDARD_INDICATORS, STANDARD_INSTRUMENTS } from "./indicators";
import { LETTER_SCALE, RATING_SCALE } from "./scales";

const SRC = {
  letterBands: "https://sme.go.th/uploads/eBooks/eBook_65/files/basic-html/page80.html",
  provinceRows: "https://fliphtml5.com/nqbfm/fekk/",
  instrumentMean: "https://online.anyflip.com/qxtmp/cuda/files/basic-html/page111.html",
  rating2566: "https://bangplakod.go.th/select_news.php?news_id=574&id_type=1",
  rating2566b: "https://org.thaipbs.or.th/content/5949",
  nacc2568: "https://mgronline.com/uptodate/detail/9680000079675",
  reform: "https://www.pattayamail.com/thailandnews/nacc-overhauls-ita-system-amid-public-doubts-over-corruption-oversight-532454",
};

function year(
  y: number,
  scale: GradeScale,
  confidence: { indicators: Confidence; weights: Confidence; scale: Confidence },
  note: string,
  urls: string[],
  carriedFrom?: number
): Framework {
  const source: SourceNote = { note, urls, confidence };
  return {
    id: `ita-${y}`,
    year: y,
    title: { th: `ITA ปีงบประมาณ พ.ศ. ${y}`, en: `ITA fiscal year ${y} BE` },
    instruments: STANDARD_INSTRUMENTS,
    indicators: STANDARD_INDICATORS,
    passMark: "85",
    scale,
    source,
    ...(carriedFrom === undefined ? {} : { carriedFrom }),
  };
}

const UNVERIFIED_WEIGHTS =
  "Weights 6/10/20 % are unverified for this year: no source states a change, and every later document found still uses them.";

export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [
  year(2562, LETTER_SCALE, { indicators: "M", weights: "M", scale: "M" }, `Letter grades AA–F. ${UNVERIFIED_WEIGHTS}`, [SRC.letterBands]),
  year(
    2563,
    LETTER_SCALE,
    { indicators: "H", weights: "H", scale: "M" },
    "Letter grades AA–F; weights reproduce published province totals.",
    [SRC.provinceRows, SRC.letterBands]
  ),
  year(
    2564,
    LETTER_SCALE,
    { indicators: "H", weights: "H", scale: "H" },
    "Letter grades AA–F; weights reproduce published totals (IIT mean × 30 %).",
    [SRC.provinceRows, SRC.instrumentMean, SRC.letterBands]
  ),
  year(
    2565,
    LETTER_SCALE,
    { indicators: "H", weights: "H", scale: "H" },
    "Letter grades AA–F; weights reproduce the reference report's 88.53 and 89.76.",
    [SRC.letterBands]
  ),
  year(
    2566,
    RATING_SCALE,
    { indicators: "M", weights: "M", scale: "M" },
    `NACC rating replaced AA–F (board resolution 8 June 2566). ${UNVERIFIED_WEIGHTS}`,
    [SRC.rating2566, SRC.rating2566b]
  ),
  year(2567, RATING_SCALE, { indicators: "M", weights: "M", scale: "M" }, `NACC rating. ${UNVERIFIED_WEIGHTS}`, [
    SRC.rating2566,
    SRC.nacc2568,
  ]),
  year(
    2568,
    RATING_SCALE,
    { indicators: "H", weights: "M", scale: "M" },
    `NACC rating (NACC explained a 2568 ผ่าน by EIT below 85). ${UNVERIFIED_WEIGHTS}`,
    [SRC.nacc2568]
  ),
  // No NACC manual for 2569 was found (December 2026). Agencies' 2569
  // disclosure pages still file OIT items under indicators 9 and 10 (one
  // NACC-assessed agency lists O1–O26, new among them O25 "การนำผลการประเมิน
  // ITA ไปสู่การพัฒนาองค์กร"): the 10-indicator structure most likely stayed.
  year(
    2569,
    RATING_SCALE,
    { indicators: "L", weights: "L", scale: "L" },
    "No NACC manual for 2569 was found: the 2568 rules (10 indicators, 6/10/20 %, the rating, pass mark 85) are carried forward. " +
      "Agencies' 2569 disclosure pages still group OIT items under indicators 9 and 10 (O1–O26 in one NACC-assessed agency, " +
      'with a new O25 "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร"). NACC\'s announced reform of the criteria most likely applies from 2570.',
    [SRC.nacc2568, SRC.reform],
    2568
  ),
];

/** The newest built-in framework: what a later year may be graded by, as an explicit, caveated choice. */
export const NEWEST_FRAMEWORK: Framework = BUILT_IN_FRAMEWORKS[BUILT_IN_FRAMEWORKS.length - 1];

export const KNOWN_YEARS: readonly number[] = BUILT_IN_FRAMEWORKS.map((f) => f.year as number);

export function builtInFramework(idOrYear: string | number): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === String(idOrYear) || f.year === Number(idOrYear));
}
