// A progress bar for long runs, drawn on stderr only when stderr is a terminal (docs/s and ETA);
// elsewhere it draws nothing and lines pass straight through.
import { readdir, stat } from 'node:fs/promises';
import cliProgress from 'cli-progress';

export interface Progress {
  tick(): void;
  /** A line printed above the bar (or plainly on stderr when there is no bar). */
  log(line: string): void;
  stop(): void;
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { tick: () => undefined, log: (line) => void stream.write(line + '\n'), stop: () => undefined };
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: ' {bar} {value}/{total} docs | {speed} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 100,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { speed: '0' });
  const started = Date.now();
  let done = 0;
  return {
    tick() {
      done++;
      // A folder of JSON Lines or feeds holds more documents than files counted: the total grows.
      if (done > total) bar.setTotal((total = done));
      bar.increment(1, { speed: (done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(0) });
    },
    log: (line) => bars.log(line + '\n'),
    stop: () => bars.stop(),
  };
}

/** Files under the given paths (a folder counts its files, `-` counts one): the bar's first total. */
export async function countFiles(paths: string[]): Promise<number> {
  let n = 0;
  for (const path of paths) {
    const info = path === '-' ? null : await stat(path).catch(() => null);
    if (!info?.isDirectory()) n++;
    else n += (await readdir(path, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length;
  }
  return n;
}
