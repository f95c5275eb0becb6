// A for-in/of head's expression sees the loop's bindings in their dead zone.
let x = 'outside';
let probeExpr;
for (let x of (probeExpr = function () { return typeof x; }, [])) ;
try { probeExpr(); } catch (e) { console.log(e.name, e.message); }
let probeBody;
for (let [y] of [['inside']]) probeBody = () => y;
console.log(probeBody(), x);
