// npm run -s safety:assess [-- --locale en|es] < messages.txt
// One message a line on standard input (UTF-8), one assessment a line on standard output, in
// order, as each line arrives: {"level":"urgent","signals":["plan","means"]}. A blank line gives
// {"level":"none","signals":[]}, so the lines of the two match. Without --locale each line's
// language is detected.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { assess } from '../features/safety/assess.js';

const usage = 'usage: npm run -s safety:assess [-- --locale en|es] < messages.txt';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function options(): { locale?: 'en' | 'es' } {
  try {
    const { values } = parseArgs({ options: { locale: { type: 'string' } } });
    const { locale } = values;
    if (locale !== undefined && locale !== 'en' && locale !== 'es') {
      fail(`--locale must be en or es, not "${locale}"`);
    }
    return { locale };
  } catch (error) {
    // parseArgs names the unknown option or the stray argument.
    fail(error instanceof Error ? error.message : String(error));
  }
}

const { locale } = options();
const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
for await (const line of lines) {
  process.stdout.write(`${JSON.stringify(assess(line, locale))}\n`);
}
