import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);

// src/enrichment/describe.ts
function exploitSignals(f, mark) {
  let parts = [];
  return f.kev && parts.push(`KEV yes (${mark?.kev ?? "scanner"})`), f.epss !== void 0 && parts.push(`EPSS ${f.epss} (${mark?.epss ?? "scanner"})`), parts.length > 0 ? parts.join("; ") : void 0;
}

export {
  exploitSignals
};
