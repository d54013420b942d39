// coopgraph eval --gold DIR : extraction over DIR/docs scored against DIR/gold (FACTS.md rules).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { maxBytes } from '../app/config.js';
import { belowFloors, raiseFloors, readFloors, type Floors } from '../app/floors.js';
import { formatScore } from '../app/score.js';
import type { Exit } from './main.js';
import { EXIT, UsageError, out, outJson, positiveInt, warn } from './output.js';

interface Options {
  gold: string;
  floors?: string;
  set?: string;
  json?: boolean;
  maxBytes?: number;
  raiseFloors?: boolean;
}

function floorsOf(file: string, set: string): Floors {
  try {
    return readFloors(file, set);
  } catch (e) {
    throw new UsageError((e as Error).message, { cause: e });
  }
}

function floorsOrNone(file: string, set: string): Floors {
  try {
    return readFloors(file, set);
  } catch {
    return {};
  }
}

export function evalCommand(exit: Exit): Command {
  return new Command('eval')
    .description('score extraction against a gold set: DIR/docs are extracted, DIR/gold holds the gold records')
    .requiredOption('--gold <dir>', 'gold set folder (with docs/ and gold/)')
    .option('--floors <file>', 'fail (exit 1) when an F1 is below its floor in this file, e.g. eval/floors.json')
    .option('--set <name>', 'which set of the floors file applies (default: the gold folder name)')
    .option('--raise-floors', 'write the scores measured now into the floors file where they are higher (needs --floors)')
    .option('--json', 'print the scores as JSON')
    .option('--max-bytes <n>', 'skip files larger than this', positiveInt)
    .action(async (opts: Options) => {
      if (opts.raiseFloors && !opts.floors) throw new UsageError('--raise-floors needs --floors FILE');
      for (const sub of ['docs', 'gold'])
        if (!existsSync(join(opts.gold, sub))) throw new UsageError(`${opts.gold} is not a gold set: it has no ${sub}/ folder`);
      const { evaluate } = await import('../app/eval.js');
      const { set, result, failures } = await evaluate(opts.gold, { maxBytes: maxBytes(opts.maxBytes) });
      for (const f of failures) warn(f.source, f.reason);
      // Raising the floors of a set the file does not have yet starts them from what is measured now.
      const floors = opts.floors
        ? opts.raiseFloors
          ? floorsOrNone(opts.floors, opts.set ?? set)
          : floorsOf(opts.floors, opts.set ?? set)
        : {};
      const misses = belowFloors(result, floors);
      if (opts.json) outJson({ set, ...result, below_floors: misses });
      else {
        out(formatScore(result));
        if (opts.floors)
          out(misses.length ? misses.map((m) => `below floor: ${m.key} ${m.f1.toFixed(3)} < ${m.floor}`).join('\n') : 'floors: all met');
      }
      if (opts.raiseFloors && opts.floors) {
        const raised = raiseFloors(opts.floors, opts.set ?? set, result);
        if (!opts.json) out(raised.length ? `floors raised: ${raised.join(', ')}` : 'floors: none raised');
      }
      exit.code = misses.length ? EXIT.failed : EXIT.ok;
    });
}
