/*---
description: a test with no flags, run sloppy and strict
features: [fixture-feature, other-feature]
---*/
var x = 1;
