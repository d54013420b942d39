// Curation from the command line: confirm, reject or correct a fact item; merge people and give
// them aliases; make API tokens.
import { Command, Option } from 'commander';
import type { Exit } from './main.js';
import { DB_OPTION, EXIT, nonNegativeInt, out, outJson, UsageError } from './output.js';

const LISTS = ['people', 'events', 'agreements', 'flows', 'figures', 'plans', 'sectors'];
const store = () => import('../app/store.js');

export function curateCommand(exit: Exit): Command {
  const curate = new Command('curate').description(
    'confirm, reject or correct one fact item (DOC LIST INDEX, as `docs show --json` lists them)',
  );
  for (const action of ['confirm', 'reject', 'correct'] as const) {
    const cmd = curate
      .command(action)
      .description(`${action} an item; the decision survives reextract`)
      .argument('<doc>', 'document id')
      .addArgument(new Command().createArgument('<list>', 'people, events, agreements, flows, figures, plans or sectors').choices(LISTS))
      .argument('<index>', 'the item’s index in that list', nonNegativeInt)
      .option(...DB_OPTION)
      .option('--json', 'print JSON');
    if (action === 'correct') cmd.requiredOption('--item <json>', 'the corrected item as JSON');
    cmd.action(async (doc: string, list: string, index: number, opts: { db?: string; json?: boolean; item?: string }) => {
      let item: unknown;
      try {
        item = opts.item === undefined ? undefined : JSON.parse(opts.item);
      } catch (e) {
        throw new UsageError(`--item is not JSON: ${(e as Error).message}`);
      }
      const [{ withStore }, { curate: run }] = await Promise.all([store(), import('../app/knowledge.js')]);
      const done = await withStore(opts.db, (s) => run(s, { doc, list: list as 'events', index }, action, { item, by: 'cli' }));
      if (opts.json) outJson(done);
      else out(`${action}ed ${done.key}`);
      exit.code = EXIT.ok;
    });
  }
  return curate;
}

export function peopleCommand(exit: Exit): Command {
  const people = new Command('people').description('people merged across documents and scripts');
  people
    .command('list')
    .description('people with their aliases and offices')
    .option('--party <code>', 'only people of this party (a country covers its regions)')
    .option(...DB_OPTION)
    .option('--json', 'print JSON')
    .action(async (opts: { party?: string; db?: string; json?: boolean }) => {
      const [{ withStore }, q] = await Promise.all([store(), import('../query/knowledge/queries.js')]);
      const rows = await withStore(opts.db, (s) => q.listPeople(s, { party: opts.party }));
      if (opts.json) outJson(rows);
      else
        for (const p of rows)
          out(`${p.id.padEnd(20)} ${p.name}  ${p.role ?? ''} ${p.party ?? ''}${p.aliases.length ? `  aka ${p.aliases.join(', ')}` : ''}`);
      exit.code = EXIT.ok;
    });
  people
    .command('merge')
    .description('make person A the same as person B (A’s id then resolves to B)')
    .argument('<a>', 'id of the person merged away')
    .argument('<b>', 'id of the person kept')
    .option(...DB_OPTION)
    .action(async (a: string, b: string, opts: { db?: string }) => {
      const { withStore } = await store();
      await withStore(opts.db, (s) => s.knowledge.putMerge(a, b));
      out(`merged ${a} into ${b}`);
      exit.code = EXIT.ok;
    });
  people
    .command('alias')
    .description('give a person another name')
    .argument('<id>', 'person id')
    .argument('<name>', 'the other name')
    .option(...DB_OPTION)
    .action(async (id: string, name: string, opts: { db?: string }) => {
      const { withStore } = await store();
      await withStore(opts.db, (s) => s.knowledge.addAlias(id, name));
      out(`${id} is also ${name}`);
      exit.code = EXIT.ok;
    });
  return people;
}

export function tokenCommand(exit: Exit): Command {
  const token = new Command('token').description('API tokens for curation (write) and, with COOPGRAPH_READ=token, reading');
  token
    .command('add')
    .description('make a token for NAME (replacing its old one); it is printed once, only its hash is kept')
    .argument('<name>', 'who the token is for')
    .addOption(new Option('--role <role>', 'reader, editor or admin').choices(['reader', 'editor', 'admin']).default('editor'))
    .option(...DB_OPTION)
    .action(async (name: string, opts: { role: 'reader' | 'editor' | 'admin'; db?: string }) => {
      const [{ withStore }, { addToken }] = await Promise.all([store(), import('../app/auth.js')]);
      out(await withStore(opts.db, (s) => addToken(s, name, opts.role)));
      exit.code = EXIT.ok;
    });
  return token;
}
