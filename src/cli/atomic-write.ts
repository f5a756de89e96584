// Node only: output files are written whole or not at all. The new content
// goes to a temporary file in the same directory (a rename across file
// systems is not atomic), which is then renamed over the old file: a failure
// or a crash mid-write leaves the old file as it was, and no half file.
import { randomBytes } from "node:crypto";
import { chmod, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The content, or a writer given the temporary path to fill (e.g. a converter writing a file). */
export type AtomicContent = Uint8Array | string | ((tmpPath: string) => Promise<void>);

/** Where a write to `path` really lands: through a symbolic link to its target. */
async function landingPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path; // not there yet
  }
}

/** Writes `content` to `path` atomically; on failure the old file (if any) is untouched and the error is rethrown. */
export async function writeFileAtomic(path: string, content: AtomicContent): Promise<void> {
  const target = await landingPath(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    if (typeof content === "function") await content(tmp);
    else {
      const fh = await open(tmp, "wx");
      try {
        await fh.writeFile(content);
        await fh.sync();
      } finally {
        await fh.close();
      }
    }
    // Keep the old file's permissions (a shared report folder).
    const old = await stat(target).catch(() => null);
    if (old) await chmod(tmp, old.mode & 0o7777);
    await rename(tmp, target);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
