// JSON.parse and JSON.stringify: errors as V8 words them, replacers, revivers, indentation, cycles.
for (const t of ['{"a":}', '[1,2', '', '{bad}', 'tru', '"abc', '[1,]', '01', '{"a":1}x', '  {"a" 1}', '"\\x"']) {
  try { JSON.parse(t); } catch (e) { console.log(JSON.stringify(t), '->', e.name, e.message); }
}
const o = { a: 1 }; o.self = o;
try { JSON.stringify(o); } catch (e) { console.log(e.message); }
const p = { x: { y: [] } }; p.x.y.push(p);
try { JSON.stringify(p); } catch (e) { console.log(e.message); }
console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x\n\u0001\ud800' }, null, 2));
console.log(JSON.stringify([undefined, function () {}, NaN, -0, 1e21, 's']), JSON.stringify({ u: undefined, n: null, t: true }));
console.log(JSON.parse('{"a":[1,2.5,-3e2,{"b":null}],"c":"\\u0041\\n","d":true}'));
console.log(JSON.parse('[1,[2,[3]]]', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']), JSON.stringify({ a: 1, b: 'x' }, (k, v) => (typeof v === 'number' ? v + 1 : v)));
console.log(JSON.stringify({ toJSON() { return { replaced: true }; } }), JSON.stringify('s'), JSON.stringify(undefined), JSON.stringify({ a: [] }, null, '--'));
console.log(JSON.stringify({ k: [1, 2] }, null, 20), JSON.parse(' 42 '), JSON.parse('"\\ud83d\\ude00"'));
