// Calls as assignment targets (Annex B): the call runs, then a ReferenceError.
function f() { console.log('called'); }
try { f() = 1; } catch (e) { console.log(e.name + ': ' + e.message); }
try { f()++; } catch (e) { console.log(e.name + ': ' + e.message); }
try { ++f(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { f() += 1; } catch (e) { console.log(e.name + ': ' + e.message); }
