// The progress line: on a terminal only, on stderr, and only once a run has lasted about a second
// (a quick run prints nothing). e.g. "claims: 41 documents, 12.3/96.0 MB, 24.1 MB/s, ETA 0:04"

export interface Progress {
  /** documents done so far and input bytes read so far */
  update(documents: number, bytes: number): void;
  /** erases the line */
  done(): void;
}

const SHOW_AFTER_MS = 1000;
const EVERY_MS = 250;

export const NO_PROGRESS: Progress = { update() {}, done() {} };

export function createProgress(stderr: { write(s: string): unknown }, totalBytes: number | null, now: () => number = Date.now): Progress {
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(documents, bytes) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const seconds = (t - started) / 1000;
      const rate = bytes / 1e6 / seconds;
      let line = `claims: ${documents} document${documents === 1 ? "" : "s"}, ${mb(bytes)}${totalBytes ? `/${mb(totalBytes)}` : ""} MB, ${rate.toFixed(1)} MB/s`;
      if (totalBytes && rate > 0 && bytes <= totalBytes) line += `, ETA ${clock((totalBytes - bytes) / 1e6 / rate)}`;
      stderr.write(`\r\u001b[K${line}`);
    },
    done() {
      if (shown) stderr.write("\r\u001b[K");
    },
  };
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
