// String.prototype, Math and Number methods.
const s = '  Hello, World  ';
console.log(s.trim(), s.trimStart().length, s.trimEnd().length, s.toUpperCase(), s.toLowerCase());
console.log('abc'.charAt(1), 'abc'.charCodeAt(2), '😀'.codePointAt(0), 'abc'.at(-1), 'abcabc'.indexOf('c'), 'abcabc'.lastIndexOf('b'), 'abc'.indexOf('z'));
console.log('a,b,,c'.split(','), 'abc'.split(''), 'a b c'.split(' ', 2), 'abc'.split());
console.log('hello'.slice(1, -1), 'hello'.substring(3, 1), 'hello'.substr(-3, 2), 'x'.repeat(3), '5'.padStart(3, '0'), 'ab'.padEnd(5, '.-'));
console.log('a-b-c'.replace('-', '+'), 'a-b-c'.replaceAll('-', '+'), 'abc'.replace('b', '[$&]'), 'abc'.replace('b', (m, i) => m.toUpperCase() + i));
console.log('abc'.includes('bc'), 'abc'.startsWith('ab'), 'abc'.endsWith('bc'), 'a'.concat('b', 1, null), 'b'.localeCompare('a'), 'abc'[1], 'abc'.length);
console.log(Math.max(1, 5, 3), Math.min(), Math.floor(-1.5), Math.ceil(1.2), Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.abs(-3), Math.sqrt(16), Math.pow(2, 10), Math.trunc(-4.7), Math.sign(-3), Math.hypot(3, 4));
console.log(Math.PI, Math.E, typeof Math.random(), Math.random() < 1, Math.log2(8), Math.cbrt(27));
console.log((255).toString(16), (255).toString(2), (3.75).toString(2), (1.005).toFixed(2), (1234.5678).toFixed(1), (0.5).toFixed(0), (-1.5).toFixed(0), (1e21).toFixed(2), 12..toString());
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isSafeInteger(2 ** 53), Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, Number.isNaN('x'), Number.parseFloat('1.5'));
console.log([1, 2, 3].map((n) => n.toFixed(1)).join(' '), (5).valueOf(), true.toString === undefined);
console.log(parseInt("\u001C5"), parseFloat("\u001F1.5"), Number("\u001C5"), "\u001Cx".trim().length, parseInt("  \u00A0 42"), " \t x \u3000".trim());
