/*---
description: valid sloppy, a SyntaxError in strict mode (so its strict variant fails in parse mode)
---*/
with ({}) {}
