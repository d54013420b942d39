// The command-line entry: `main(argv)` runs one command and returns its exit code (bin/coopgraph.js
// sets it). Commands live one per file; this file wires them and maps failures to exit codes.
// Commands load their machinery (store drivers, the extraction pipeline, the web stack) only when
// they run, so that --help and the light commands start at once.
import { Command, CommanderError } from 'commander';
import { StoreUnavailableError } from '../app/errors.js';
import { curateCommand, peopleCommand, tokenCommand } from './curate.js';
import { docsCommand } from './docs.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { dossierCommand, exportCommand, graphCommand, partnersCommand, reextractCommand, timelineCommand } from './knowledge.js';
import { EXIT, EXIT_HELP, UsageError } from './output.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { jobsCommand, workerCommand } from './worker.js';
import { sourcesCommand, watchCommand } from './sources.js';
import { watchlistsCommand } from './watchlists.js';

/** Where a command's action leaves its exit code. */
export interface Exit {
  code: number;
}

export function program(exit: Exit): Command {
  const root = new Command('coopgraph')
    .description('Follow cooperation between regions and countries through the news: ingest articles, extract facts, query them.')
    .addHelpText(
      'after',
      `\n${EXIT_HELP}\n\nStore: --db, else $COOPGRAPH_DB, else ./data/coopgraph.db (a postgres:// URL or a SQLite file).`,
    );
  for (const cmd of [
    ingestCommand,
    docsCommand,
    searchCommand,
    extractCommand,
    evalCommand,
    serveCommand,
    reextractCommand,
    partnersCommand,
    dossierCommand,
    timelineCommand,
    graphCommand,
    exportCommand,
    curateCommand,
    peopleCommand,
    tokenCommand,
    workerCommand,
    jobsCommand,
    sourcesCommand,
    watchCommand,
    watchlistsCommand,
  ])
    root.addCommand(cmd(exit));
  // Usage errors throw instead of exiting, so that main() owns the exit code; subcommands too.
  const strict = (cmd: Command): void => {
    cmd.exitOverride().showHelpAfterError('(add --help for usage)');
    cmd.commands.forEach(strict);
  };
  strict(root);
  return root;
}

/** A reader that stops early (`coopgraph search x | head`) closes the pipe: stop quietly, as Unix tools do. */
let quiet = false;
function quietOnClosedPipe(): void {
  if (quiet) return;
  quiet = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') throw err;
    process.exit(process.exitCode ?? EXIT.ok);
  });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const exit: Exit = { code: EXIT.ok };
  try {
    await program(exit).parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    process.stderr.write(`coopgraph: ${(e as Error).message}\n`);
    if (e instanceof UsageError) return EXIT.usage;
    return e instanceof StoreUnavailableError ? EXIT.store : EXIT.failed;
  }
}
