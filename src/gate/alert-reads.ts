// What reading GitHub's alert lists comes to under the policy (pure): a source that was read
// is evidence, and the output says which ref or branch its alerts are of; a source that could
// not be read (missing permission, disabled, rate limited, unreachable) is exit 2 when the
// policy requires the layer it is evidence for, else a warning. Never a silent pass.
import { GateError } from "../model/errors.js";
import type { Layer } from "../model/vocabulary.js";
import type { Requirements } from "../policy/requirements.js";
import {
  ALERT_SOURCES,
  alertReadLine,
  alertSourceName,
  type AlertKind,
  type AlertRead,
} from "../reports/github-alerts.js";

export interface JudgedAlertReads {
  /** Sources read whole, to be parsed as reports. */
  read: { kind: AlertKind; alerts: unknown[] }[];
  /** One line per source: what was read, or why it was not. */
  warnings: string[];
}

/**
 * Every layer `require` names, overall or for a classification: a layer an asset of one
 * classification requires may be this change's, so a source for it that fails is required.
 */
export function requiredLayers(require: Requirements): Set<Layer> {
  const layers = new Set<Layer>(require.layers ?? []);
  for (const c of Object.values(require.classifications ?? {})) {
    for (const l of c?.layers ?? []) layers.add(l);
  }
  return layers;
}

export function judgeAlertReads(
  reads: readonly AlertRead[],
  require: Requirements,
): JudgedAlertReads {
  const required = requiredLayers(require);
  const judged: JudgedAlertReads = { read: [], warnings: [] };
  const refused: string[] = [];
  for (const r of reads) {
    const { layer } = ALERT_SOURCES[r.kind];
    if (!("problem" in r)) {
      judged.read.push({ kind: r.kind, alerts: r.alerts });
      judged.warnings.push(alertReadLine(r));
    } else if (required.has(layer)) {
      refused.push(
        `${alertSourceName(r.kind)}: ${r.problem}; the policy requires the ${layer} layer (require), so the gate cannot decide without it`,
      );
    } else {
      judged.warnings.push(
        `${alertReadLine(r)}; its ${layer} findings are missing (the ${layer} layer is not required)`,
      );
    }
  }
  if (refused.length > 0) throw new GateError(refused.join("; "));
  return judged;
}
