// Reading cell values under Excel on the web's caps: "Excel on the web limits
// requests and responses to 5 MB" and "a range is limited to five million
// cells for get operations", where Range.values may even come back null
// instead of failing (office-js-docs-pr, docs/excel/performance.md, "Size
// limits"). So a range's size is known before its values are asked for, and
// values come in row blocks of a bounded number of cells, several small
// blocks sharing a round trip; a block the web still refuses is halved.
import { HostError } from "../report/host";
import { rangeName, type Bounds } from "./a1";
import { officeCode } from "./errors";

/** Excel's get limit for one range, in cells. */
export const MAX_READ_CELLS = 5_000_000;

export interface ReadRequest {
  sheet: Excel.Worksheet;
  bounds: Bounds;
}

interface Block {
  sheet: Excel.Worksheet;
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
  values?: unknown[][];
}

/** The values of each request (same order), in ⌈cells / cellsPerSync⌉ round trips or so. */
export async function readValues(context: Excel.RequestContext, requests: ReadRequest[], cellsPerSync: number): Promise<unknown[][][]> {
  const perRequest = requests.map((r) => {
    const { row, col, rowCount, colCount } = r.bounds;
    if (rowCount * colCount > MAX_READ_CELLS) throw new HostError("too-large", `${rowCount * colCount} cells`);
    const rows = Math.max(1, Math.floor(cellsPerSync / colCount));
    const blocks: Block[] = [];
    for (let r0 = 0; r0 < rowCount; r0 += rows)
      blocks.push({ sheet: r.sheet, row: row + r0, col, rowCount: Math.min(rows, rowCount - r0), colCount });
    return blocks;
  });
  // Consecutive blocks share a round trip while their cells fit the budget.
  let group: Block[] = [];
  let cells = 0;
  for (const b of perRequest.flat()) {
    const n = b.rowCount * b.colCount;
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
  const ranges = blocks.map((b) =>
    b.sheet.getRange(rangeName(b.row, b.col, b.row + b.rowCount - 1, b.col + b.colCount - 1)).load("values")
  );
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
  if (b.rowCount === 1) throw new HostError("too-large", "one row over the response limit");
  const top = Math.ceil(b.rowCount / 2);
  const halves: Block[] = [
    { ...b, rowCount: top },
    { ...b, row: b.row + top, rowCount: b.rowCount - top },
  ];
  await load(context, [halves[0]]);
  await load(context, [halves[1]]);
  b.values = [...(halves[0].values ?? []), ...(halves[1].values ?? [])];
}
