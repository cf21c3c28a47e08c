// Evidence bound to what is gated (docs/policy.md "Evidence bound to what is gated"): an
// image report must be of the image being gated (its digest), and a report that names a
// source revision must name the commit being gated. A report of another build or another
// commit is no evidence for this one: exit 2 with both values. Pure.
import type { Layer } from "../model/vocabulary.js";
import type { Requirements } from "../policy/requirements.js";

/** What is being gated, as the entries know it (CLI --image/--commit, the action's event). */
export interface Binding {
  /** Image references with a digest (REF@sha256:...), each of which needs a report. */
  images?: string[];
  /** Commits a report may name (full ids, any case): GITHUB_SHA and the pull request head. */
  commits?: string[];
}

/** The report facts this check reads (gate/evidence.ts ReportEvidence has them). */
export interface BoundReport {
  path: string;
  layers: Layer[];
  subject?: { digests: string[]; revisions: string[] };
}

const IMAGE_DIGEST = /@(sha256:[0-9a-f]{64})$/i;

/** The digest of "REF@sha256:<64 hex>", lower case; undefined for a reference without one. */
export function referenceDigest(ref: string): string | undefined {
  return IMAGE_DIGEST.exec(ref.trim())?.[1]?.toLowerCase();
}

export function checkBinding(
  reports: readonly BoundReport[],
  require: Requirements,
  binding: Binding,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  checkImages(reports, require, binding.images ?? [], errors, warnings);
  checkCommits(reports, require, binding.commits ?? [], errors);
  return { errors, warnings };
}

function checkImages(
  reports: readonly BoundReport[],
  require: Requirements,
  images: readonly string[],
  errors: string[],
  warnings: string[],
): void {
  if (images.length === 0) {
    if (require.imageDigest) {
      errors.push(
        "require.image-digest: the image being gated is not known (pass --image REF@sha256:..., " +
          "action input image), so no report can be shown to be of it",
      );
    }
    return;
  }
  const wanted = new Map<string, string>();
  for (const ref of images) {
    const digest = referenceDigest(ref);
    if (digest) wanted.set(digest, ref);
    else errors.push(`image "${ref}" has no @sha256: digest: a tag names no one build`);
  }
  const imageReports = reports.filter((r) => r.layers.includes("image") || digestsOf(r).length);
  for (const r of imageReports) {
    const digests = digestsOf(r);
    if (digests.length > 0 && !digests.some((d) => wanted.has(d))) {
      errors.push(
        `${r.path}: report is of image ${digests.join(", ")}, but the image being gated is ` +
          `${[...wanted.keys()].join(", ")}: a report of another build is no evidence`,
      );
    }
  }
  for (const [digest, ref] of wanted) {
    if (imageReports.some((r) => digestsOf(r).includes(digest))) continue;
    const unnamed = imageReports.filter((r) => digestsOf(r).length === 0).map((r) => r.path);
    errors.push(
      `no image report names digest ${digest} of ${ref}` +
        (unnamed.length ? ` (${unnamed.join(", ")} name no digest)` : "") +
        ": evidence not bound to the gated image is not a pass",
    );
  }
  // Reports that name no digest beside one that matches: their findings still count, but
  // they prove nothing about the gated image.
  if (errors.length === 0) {
    for (const r of imageReports.filter((x) => digestsOf(x).length === 0)) {
      warnings.push(
        `${r.path}: image report names no digest, so it is not bound to the gated image`,
      );
    }
  }
}

function checkCommits(
  reports: readonly BoundReport[],
  require: Requirements,
  commits: readonly string[],
  errors: string[],
): void {
  const accepted = new Set(commits.map((c) => c.trim().toLowerCase()).filter(Boolean));
  if (accepted.size === 0) {
    if (require.commit) {
      errors.push(
        "require.commit: the commit being gated is not known (pass --commit SHA; the action " +
          "uses GITHUB_SHA and the pull request head), so no report's revision can be checked",
      );
    }
    return;
  }
  for (const r of reports) {
    const other = (r.subject?.revisions ?? []).filter((rev) => !accepted.has(rev));
    if (other.length === 0) continue;
    errors.push(
      `${r.path}: report names revision ${other.join(", ")}, but the commit being gated is ` +
        `${[...accepted].join(" or ")}: a report of another commit is no evidence`,
    );
  }
}

function digestsOf(r: BoundReport): string[] {
  return r.subject?.digests ?? [];
}
