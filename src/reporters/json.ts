// The full Evaluation as JSON: the machine-readable contract for other tools.
import { safeJson } from "../model/safe-text.js";
import type { Reporter } from "./types.js";

export const json: Reporter = {
  id: "json",
  description: "the full evaluation (every finding, verdict, rule and count) as JSON",
  render: (evaluation, context) =>
    safeJson({ tool: "ztgate", version: context.version, ...evaluation }, 2) + "\n",
};
