// Tagged templates: cooked and raw strings, one template object per site, method tags, String.raw.
function tag(strings, ...values) {
  return strings.map((s, i) => `[${s}]` + (i < values.length ? `(${values[i]})` : '')).join('') + ' raw:' + strings.raw.join('|');
}
const who = 'world';
console.log(tag`hello ${who} and ${1 + 1}!`);
console.log(String.raw`a\nb${who}\t`, String.raw`\u00e9` === '\\u00e9');
const seen = [];
function same(s) { seen.push(s); return s; }
for (let i = 0; i < 2; i++) same`x${i}y`;
console.log(seen[0] === seen[1], seen[0].length, seen[0].raw);
const obj = { name: 'o', t(strings) { return this.name + strings[0]; } };
console.log(obj.t`!`);
console.log((s => s[0] === undefined && s.raw[0])`\unicode`);
