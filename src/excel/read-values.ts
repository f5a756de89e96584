// Reading cell values under Excel on the web's caps: "Excel on the web limits
// requests and responses to 5 MB" and "a range is limited to five million
// cells for get operations", where Range.values may even come back null
// instead of failing (office-js-docs-pr, docs/excel/performance.md, "Size
// limits"). So a range's size is known before its values are asked for, and
// values come in row blocks of a bounded number of cells, several small
// blocks sharing a round trip; a block the web still refuses is halved.
import { HostError } from "../report/host";
import { formatRange, type CellRange } from "../engine/a1";
import { officeCode } from "./errors";

/** Excel's get limit for one range, in cells. */
export const MAX_READ_CELLS = 5_000_000;

export interface ReadRequest {
  sheet: Excel.Worksheet;
  range: CellRange;
}

interface Block {
  sheet: Excel.Worksheet;
  range: CellRange;
  values?: unknown[][];
}

const rowsOf = (r: CellRange) => r.lastRow - r.firstRow + 1;
const cellCount = (r: CellRange) => rowsOf(r) * (r.lastCol - r.firstCol + 1);

/** The values of each request (same order), in ⌈cells / cellsPerSync⌉ round trips or so. */
export async function readValues(context: Excel.RequestContext, requests: ReadRequest[], cellsPerSync: number): Promise<unknown[][][]> {
  const perRequest = requests.map(({ sheet, range }) => {
    if (cellCount(range) > MAX_READ_CELLS) throw new HostError("too-large", `${cellCount(range)} cells`);
    const rows = Math.max(1, Math.floor(cellsPerSync / (range.lastCol - range.firstCol + 1)));
    const blocks: Block[] = [];
    for (let top = range.firstRow; top <= range.lastRow; top += rows)
      blocks.push({ sheet, range: { ...range, firstRow: top, lastRow: Math.min(top + rows - 1, range.lastRow) } });
    return blocks;
  });
  // Consecutive blocks share a round trip while their cells fit the budget.
  let group: Block[] = [];
  let cells = 0;
  for (const b of perRequest.flat()) {
    const n = cellCount(b.range);
    if (group.length > 0 && cells + n > cellsPerSync) {
      await load(context, group);
      group = [];
      cells = 0;
    }
    group.push(b);
    cells += n;
  }
  if (group.length > 0) await load(context, group);
  return perRequest.map((blocks) => blocks.flatMap((b) => b.values ?? []));
}

async function load(context: Excel.RequestContext, blocks: Block[]): Promise<void> {
  const ranges = blocks.map((b) => b.sheet.getRange(formatRange(b.range)).load("values"));
  try {
    await context.sync();
  } catch (e) {
    if (officeCode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    await retrySmaller(context, blocks);
    return;
  }
  blocks.forEach((b, i) => {
    const v = ranges[i].values as unknown[][] | null;
    // Past Excel's limits values can be null instead of an error.
    if (!Array.isArray(v)) throw new HostError("too-large", "values not returned");
    b.values = v;
  });
}

/** Long text made the response too big after all: fewer blocks, then fewer rows, down to one row. */
async function retrySmaller(context: Excel.RequestContext, blocks: Block[]): Promise<void> {
  if (blocks.length > 1) {
    const mid = Math.ceil(blocks.length / 2);
    await load(context, blocks.slice(0, mid));
    await load(context, blocks.slice(mid));
    return;
  }
  const b = blocks[0];
  if (rowsOf(b.range) === 1) throw new HostError("too-large", "one row over the response limit");
  const split = b.range.firstRow + Math.ceil(rowsOf(b.range) / 2); // first row of the lower half
  const halves: Block[] = [
    { ...b, range: { ...b.range, lastRow: split - 1 } },
    { ...b, range: { ...b.range, firstRow: split } },
  ];
  await load(context, [halves[0]]);
  await load(context, [halves[1]]);
  b.values = [...(halves[0].values ?? []), ...(halves[1].values ?? [])];
}
