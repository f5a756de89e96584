// A seeded, reproducible national file as a pasted sheet would give it:
// a header row, then one row per agency and year (8,323 agencies × 2 years
// at full size, as in NACC's 2566 round). Scores are Excel numbers with 2
// decimals; a few are Thai-digit text, as real pastes carry.

/** mulberry32: a small seeded generator, so every run builds the same file. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TYPES = ["เทศบาลนคร", "เทศบาลเมือง", "เทศบาลตำบล", "องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "ส่วนราชการ"];
const WEIGHTS = [6, 6, 6, 6, 6, 10, 10, 10, 20, 20];
const THAI = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

export const NATIONAL_AGENCIES = 8323;

export function nationalCells(agencies: number, years: number[] = [2565, 2566], seed = 2566): unknown[][] {
  const rnd = seeded(seed);
  const header = ["ที่", "หน่วยงาน", "จังหวัด", "ประเภท", "ปีงบประมาณ", ...WEIGHTS.map((_, i) => `ตัวชี้วัดที่ ${i + 1}`), "คะแนนรวม"];
  const rows: unknown[][] = [header];
  let no = 1;
  for (let a = 0; a < agencies; a++) {
    const province = `จังหวัด${(a % 76) + 1}`;
    const type = TYPES[Math.floor(rnd() * TYPES.length)];
    const name = `${type}ที่ ${a + 1}`;
    const level = 70 + rnd() * 28; // the agency's typical level
    for (const year of years) {
      const hundredths = WEIGHTS.map(() =>
        Math.max(0, Math.min(10000, Math.round((level + (rnd() - 0.5) * 24 + (year - years[0]) * 1.5) * 100)))
      );
      // Published overall: Σ score × weight / 100, rounded half up (integers: exact).
      const weighted = hundredths.reduce((s, h, i) => s + h * WEIGHTS[i], 0);
      let overall = Math.floor((weighted + 50) / 100);
      const r = rnd();
      if (r < 0.005)
        overall += 1; // NACC's rounding of unrounded data
      else if (r < 0.006) overall -= 150; // a typing mistake
      const scores = hundredths.map((h) => (rnd() < 0.01 ? THAI((h / 100).toFixed(2)) : h / 100));
      rows.push([no++, name, province, type, year, ...scores, Math.max(0, overall) / 100]);
    }
  }
  return rows;
}
