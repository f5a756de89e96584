// Node only (CLI): read a score file from disk. Browsers use readScoreFile.
import { open } from "node:fs/promises";
import { INPUT_LIMITS, tooLarge } from "../engine/input/limits";
import { FileError, unreadable } from "./errors";
import { readScoreFile, type ScoreFileCells } from "./read";
import { zipTooLarge } from "./zip-check";
import { inflatedTooLarge } from "./zip-inflate";

/** The file's bytes, refused by its size before they are read (a 200 MB CSV never enters memory). */
async function readBounded(path: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw unreadable(path, code === "ENOENT" ? "not-found" : "read-failed", typeof code === "string" ? { cause: code } : {});
  }
  try {
    const { size } = await handle.stat();
    if (size > INPUT_LIMITS.bytes) throw new FileError(tooLarge(path, "bytes", size, INPUT_LIMITS.bytes));
    // Read at most one byte past the limit: a file that grew since stat is still caught.
    const buf = new Uint8Array(Math.min(size, INPUT_LIMITS.bytes) + 1);
    let got = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, got, buf.length - got, null);
      if (bytesRead === 0) break;
      got += bytesRead;
      if (got === buf.length) break;
    }
    if (got > INPUT_LIMITS.bytes) throw new FileError(tooLarge(path, "bytes", got, INPUT_LIMITS.bytes, true));
    return buf.subarray(0, got);
  } catch (e) {
    if (e instanceof FileError) throw e;
    const code = (e as { code?: unknown }).code;
    throw unreadable(path, "read-failed", typeof code === "string" ? { cause: code } : {});
  } finally {
    await handle.close();
  }
}

export async function readScoreFileFromDisk(path: string, opts: { sheet?: string } = {}): Promise<ScoreFileCells> {
  const bytes = await readBounded(path);
  // What the archive declares is checked by readScoreFile; what it truly inflates to, here.
  if (/\.xls[xm]$/i.test(path)) {
    const bomb = zipTooLarge(bytes, path) ?? inflatedTooLarge(bytes, path);
    if (bomb) throw new FileError(bomb);
  }
  return readScoreFile(path, bytes, opts);
}
