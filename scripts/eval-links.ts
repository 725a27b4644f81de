/**
 * `npm run eval:links`: precision and recall of the cross-document links
 * against the hand-made evaluation set tests/fixtures/links-eval.yml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { ingest } from './lib/ingest/pipeline.ts';
import { evaluateLinks, type EvalSet } from './lib/eval-links.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const set = parseYaml(readFileSync(path.join(root, 'tests/fixtures/links-eval.yml'), 'utf8')) as EvalSet;
const { items } = await ingest(root, { check: true });
const result = evaluateLinks(
  items.map((i) => ({ id: `${i.data.document}/${i.data.slug}`, related: i.data.related })),
  set,
);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`links: ${result.links} (${result.fromOverrides} from content/registry/links.yml)`);
console.log(`precision: ${pct(result.precision)} (${result.truePositives} of ${result.judged} judged links are must-links)`);
console.log(`recall:    ${pct(result.recall)} (${result.truePositives} of ${set.must_link.length} must-links found)`);
console.log(`recall without the added overrides: ${pct(result.recallWithoutOverrides)}`);
console.log(`forbidden links made: ${result.forbidden.length}`);
for (const [a, b] of result.forbidden) console.log(`  forbidden: ${a} – ${b}`);
for (const [a, b] of result.missed) console.log(`  missed:    ${a} – ${b}`);
