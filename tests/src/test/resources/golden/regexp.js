// Regular expressions (TRegex): exec/test, lastIndex, named groups, match, search, replace, split.
const re = /(\d{4})-(\d{2})-(?<day>\d{2})/;
const m = re.exec('on 2024-05-17 at noon');
console.log(m, m.index, m[1], m.groups.day);
console.log(re.test('none'), re.source, re.flags, re.global, /a/gi.flags, String(/x\/y/m), re);
const g = /o/g;
console.log(g.exec('foo').index, g.lastIndex, g.exec('foo').index, g.lastIndex, g.exec('foo'), g.lastIndex);
console.log('a1b22c333'.match(/\d+/g), 'abc'.match(/z/), 'abc'.match(/(b)(c)/).slice(), 'xAyBz'.search(/[A-Z]/));
console.log('a-b_c'.replace(/[-_]/g, ' '), 'John Smith'.replace(/(\w+)\s(\w+)/, '$2, $1'), 'aaa'.replace(/a/, 'b'), 'x'.replace(/x/, '$&$&'));
console.log('2024-05-17'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'), 'abc'.replace(/b/g, (s, i) => s.toUpperCase() + i));
console.log('a, b,c ,d'.split(/\s*,\s*/), 'a1b2c3'.split(/\d/), 'abc'.split(/(b)/), ''.split(/x/), 'test'.split(/(?:)/));
console.log('aaa'.replaceAll(/a/g, 'b'), new RegExp('h(.)llo', 'i').exec('HELLO')[1], new RegExp(/ab/g).flags, RegExp('x').test('axb'));
try { new RegExp('('); } catch (e) { console.log(e.name, e.message); }
try { 'a'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name, e.message); }
console.log([/a/, /b/g], { r: /c/ }, /\p{L}+/u.test('héllo'), /^.$/s.test('\n'), /a.c/.test('abc'));
