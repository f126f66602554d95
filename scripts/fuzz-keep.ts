/**
 * Turns what a fuzz run found into regression cases:
 *   node --import tsx scripts/fuzz-keep.ts fuzz-out [more dirs…]
 * appends every crashes/, hangs/ and overruns/ input (base64, with the first
 * line of its note) to test/fuzz-regressions.json, which test/fuzz.test.ts replays.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = join(import.meta.dirname, '../test/fuzz-regressions.json');
interface Case { name: string; target: 'binary' | 'manifest'; kind: string; note: string; base64: string }
const cases: Case[] = existsSync(FILE) ? (JSON.parse(readFileSync(FILE, 'utf8')) as Case[]) : [];
const have = new Set(cases.map((c) => c.name));
for (const dir of process.argv.slice(2)) {
  for (const kind of ['crashes', 'hangs', 'overruns']) {
    const d = join(dir, kind);
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).filter((x) => x.endsWith('.bin') || x.endsWith('.json'))) {
      const name = f.replace(/\.(bin|json)$/, '');
      if (have.has(name)) continue;
      const noteFile = join(d, `${name}.txt`);
      const [target, ...rest] = existsSync(noteFile) ? readFileSync(noteFile, 'utf8').split('\n') : ['binary'];
      cases.push({ name, target: target === 'manifest' ? 'manifest' : 'binary', kind, note: (rest[0] ?? '').slice(0, 200), base64: readFileSync(join(d, f)).toString('base64') });
      have.add(name);
    }
  }
}
writeFileSync(FILE, JSON.stringify(cases, null, 1) + '\n');
console.log(`${cases.length} regression cases in test/fuzz-regressions.json`);
