/**
 * The generated files' YAML layout (scripts/lib/ingest/yaml-block.ts) writes
 * the same bytes as the `yaml` library's stringify, on arbitrary data shaped
 * like frontmatter and on scalars YAML treats specially.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { YAML_OPTIONS, yamlBlock } from '../../scripts/lib/ingest/yaml-block.ts';

/** Strings YAML must quote, escape or write as blocks, beside ordinary Chinese and Latin text. */
const TRICKY = [
  ...['', ' a', 'a ', 'a: b', 'a:b', '- x', '-', '#x', 'x #y', 'x#y', 'true', 'False', 'null', '~', 'yes', '1', '-1.5', '0x1f', '0o7', '1e3', '.inf', '.NaN'],
  ...['2024-01-01', '"', "'", '"x"', '@x', '`x', '%x', '* x', '&x', '!x', '|', '> x', '? x', '[x', '{x}', 'x]', ',', '---', '--- x', '...', 'a\nb'],
  ...['a\n', '\tx', 'x\\y', '\u0085', '\u2028', '（一）贸易畅通', '澳门特别行政区政府：经济财政司', '“一带一路”', '「」', 'UN Tourism', '1.', '（1）'],
];

const scalar = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'澳门a1 :-#"\'\n（）、。'), maxLength: 10 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const key = fc.oneof({ weight: 9, arbitrary: fc.stringMatching(/^[a-z][A-Za-z0-9]{0,7}$/) }, fc.constantFrom('1', 'a b', 'a:', '', 'true'));
const data = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(fc.oneof(scalar, tie('map')), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
})).map;

describe('the YAML of generated files', () => {
  it('is what the yaml library writes, for arbitrary frontmatter-like data', () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(yamlBlock(value)).toBe(stringify(value, YAML_OPTIONS));
      }),
      { numRuns: 2000 },
    );
  });

  it('is what the yaml library writes for an item as ingestion makes it', () => {
    const item = {
      document: 'work-list-2024-2028',
      slug: '1',
      number: '1',
      numberPrinted: true,
      order: 1,
      section: '（一）贸易畅通',
      years: [2024, 2028],
      agencies: [{ label: '澳门特别行政区政府', side: 'macao', bodies: [{ slug: 'sec-economy-finance', printed: '经济财政司' }] }],
      agenciesNote: null,
      places: [],
      related: [{ id: 'key-work-2023/1', score: 0.5, reasons: ['中葡合作发展基金'], override: false, kind: 'continuation' }],
      translated: {},
    };
    expect(yamlBlock(item)).toBe(stringify(item, YAML_OPTIONS));
  });
});
