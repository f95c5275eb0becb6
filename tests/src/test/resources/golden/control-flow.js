// Loops, labels, break/continue, switch-free control flow, try/catch/finally.
let out = '';
for (let i = 0; i < 10; i++) {
  if (i % 2 === 0) continue;
  if (i > 7) break;
  out += i;
}
console.log(out);

outer: for (let a = 0; a < 3; a++) {
  for (let b = 0; b < 3; b++) {
    if (b === 2) continue outer;
    if (a === 2) break outer;
    console.log('pair', a, b);
  }
}

let n = 0;
do {
  n++;
} while (n < 5);
console.log('do-while', n);

let w = 3;
while (w) {
  w--;
}
console.log('while', w);

function tryFinally(x) {
  try {
    if (x) {
      return 'returned';
    }
    throw 'thrown';
  } catch (e) {
    return 'caught ' + e;
  } finally {
    console.log('finally runs for', x);
  }
}
console.log(tryFinally(true));
console.log(tryFinally(false));

try {
  undefinedFunction();
} catch (e) {
  console.log(e.name, e.message);
}
try {
  const c = 1;
  c = 2;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  null.x;
} catch (e) {
  console.log(e.message);
}
try {
  ({}).foo();
} catch (e) {
  console.log(e.message);
}
