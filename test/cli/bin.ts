// The CLI run from source (tests spawn it through tsx, so they need no build).
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
