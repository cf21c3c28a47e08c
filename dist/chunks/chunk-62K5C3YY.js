import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);

// src/commands/types.ts
var EXIT = { pass: 0, blocked: 1, undecided: 2 };

export {
  EXIT
};
