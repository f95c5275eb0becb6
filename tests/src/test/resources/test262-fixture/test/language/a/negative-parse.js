/*---
description: >
  A negative test, folded description
  over two lines.
negative:
  phase: parse
  type: SyntaxError
flags: [onlyStrict]
---*/
var = ;
