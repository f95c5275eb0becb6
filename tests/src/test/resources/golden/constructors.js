// Constructors and prototypes: new, instanceof, in, delete, Error constructors.
function Point(x, y) {
  this.x = x;
  this.y = y;
}
Point.prototype.norm2 = function () { return this.x * this.x + this.y * this.y; };
const p = new Point(3, 4);
console.log(p.norm2(), p instanceof Point, p instanceof Error, p.constructor === Point, Point.name, Point.length);
console.log(p);
console.log('x' in p, 'norm2' in p, 'z' in p);
delete p.x;
console.log('x' in p, p.x);
function Made() { return { made: true }; }
console.log(new Made());
const e = new TypeError('bad thing');
console.log(e instanceof TypeError, e instanceof Error, e.name, e.message);
console.log(e.toString(), Error('plain').message, new Error().message === '');
try { throw new RangeError('out of range', { cause: 'why' }); } catch (err) { console.log(err.name, err.message, err.cause); }
try { new (() => 1)(); } catch (err) { console.log(err.message); }
try { const o = { m() {} }; new o.m(); } catch (err) { console.log(err.message); }
try { 1 instanceof 2; } catch (err) { console.log(err.message); }
try { 'a' in 'abc'; } catch (err) { console.log(err.message); }
console.log(typeof Error, Error.prototype.name, TypeError.prototype.constructor === TypeError);
