// Copyright notice lines come first in test262 files.
/*---
  description: indented frontmatter, runtime negative
  negative:
    phase: runtime
    type: TypeError
  flags: [async,
    CanBlockIsFalse]
  ---*/
null.x;
