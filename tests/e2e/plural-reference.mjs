// The plural categories CLDR gives, as the Intl.PluralRules of Node's ICU
// computes them: an oracle independent of the Rust rules under test.
// Standard input: {"locales": ["pt-PT", ...], "numbers": ["0", "1.5", ...]}.
// Standard output: {"pt-PT": {"cardinal": [...], "ordinal": [...]}, ...};
// ordinals only for the whole numbers, in their order.
import { readFileSync } from 'node:fs';

const { locales, numbers } = JSON.parse(readFileSync(0, 'utf8'));
const digits = (s) => (s.includes('.') ? s.split('.')[1].length : 0);
const select = (locale, type, s) =>
  new Intl.PluralRules(locale, {
    type,
    minimumFractionDigits: digits(s),
    maximumFractionDigits: digits(s),
  }).select(Number(s));

const out = {};
for (const locale of locales) {
  out[locale] = {
    cardinal: numbers.map((s) => select(locale, 'cardinal', s)),
    ordinal: numbers.filter((s) => !s.includes('.')).map((s) => select(locale, 'ordinal', s)),
  };
}
process.stdout.write(JSON.stringify(out));
