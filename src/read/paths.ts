// Paths to files: a directory is walked recursively in a stable (sorted) order, hidden entries
// skipped, symlink loops cut; every problem is reported with its path and the walk goes on.

import { readdirSync, realpathSync, statSync } from "node:fs";
import { join } from "node:path";

export interface PathProblem {
  path: string;
  message: string;
}

/** Expands paths to files; `total.bytes` (when given) adds up their sizes, for the progress line's ETA. */
export function expandPaths(paths: string[], problems: PathProblem[], total?: { bytes: number }): string[] {
  const out: string[] = [];
  const seenDirs = new Set<string>();
  // real paths of the directories being walked: meeting one again below itself is a loop
  const ancestors: string[] = [];
  const visit = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      problems.push({ path, message: describe(e) });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = realpathSync(path);
      } catch (e) {
        problems.push({ path, message: describe(e) });
        return;
      }
      if (ancestors.includes(real)) {
        problems.push({ path, message: `symbolic link loop (leads back to ${real}), not followed` });
        return;
      }
      if (seenDirs.has(real)) return; // a second link to a directory already read: its files once
      seenDirs.add(real);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (e) {
        problems.push({ path, message: describe(e) });
        return;
      }
      ancestors.push(real);
      for (const name of entries) if (!name.startsWith(".")) visit(join(path, name), false);
      ancestors.pop();
    } else if (st.isFile() || explicit) {
      out.push(path);
      if (total) total.bytes += st.size;
    }
  };
  for (const p of paths) {
    if (p === "-") out.push(p);
    else visit(p, true);
  }
  return out;
}

export function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT": return "no such file or directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "ELOOP": return "too many symbolic links (loop)";
    case "EISDIR": return "is a directory";
    case "ENOTDIR": return "not a directory";
    default: return err?.message ?? String(e);
  }
}
