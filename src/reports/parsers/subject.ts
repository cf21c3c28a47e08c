// What a report names as its subject (Parser.subject): the image it scanned, that image's
// digests, and the source revision. Read from report-level metadata only, so a streamed
// report (whose skeleton keeps the metadata) gives the same subject. Values that are not a
// digest or a revision are left out: an unreadable value binds nothing (docs/policy.md,
// "Evidence bound to what is gated").
import { isObject, objects, str, strings, type Json } from "./fields.js";
import type { ReportSubject } from "./types.js";

const DIGEST = /(?:^|@)(sha256:[0-9a-f]{64})$/i;
const REVISION = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/** "name@sha256:…" or "sha256:…" → "sha256:…" (lower case); anything else undefined. */
export function digestOf(value: string | undefined): string | undefined {
  const m = value === undefined ? null : DIGEST.exec(value.trim());
  return m?.[1]?.toLowerCase();
}

/** A full git (SHA-1 or SHA-256) commit id, lower case; anything else undefined. */
export function revisionOf(value: string | undefined): string | undefined {
  const v = value?.trim();
  return v !== undefined && REVISION.test(v) ? v.toLowerCase() : undefined;
}

function subjectOf(images: unknown[], digests: unknown[], revisions: unknown[]): ReportSubject {
  const text = (values: unknown[]) => values.map(str).filter((v): v is string => v !== undefined);
  const defined = (values: (string | undefined)[]) =>
    [...new Set(values)].filter((v): v is string => v !== undefined);
  return {
    images: [...new Set(text(images).map((i) => i.trim()))],
    digests: defined(text(digests).map(digestOf)),
    revisions: defined(text(revisions).map(revisionOf)),
  };
}

/** Trivy JSON: ArtifactName of an image, Metadata.RepoDigests / ImageID, Metadata.Commit (repo). */
export function trivySubject(json: unknown): ReportSubject {
  const doc = isObject(json) ? json : {};
  const meta = isObject(doc.Metadata) ? doc.Metadata : {};
  const image = str(doc.ArtifactType) === "container_image";
  return subjectOf(
    image ? [doc.ArtifactName, ...strings(meta.RepoTags)] : [],
    [...strings(meta.RepoDigests), meta.ImageID],
    [meta.Commit],
  );
}

/** Grype JSON: source.target of an image source (userInput, tags, manifestDigest, repoDigests, imageID). */
export function grypeSubject(json: unknown): ReportSubject {
  const source = isObject(json) && isObject(json.source) ? json.source : {};
  if (str(source.type) !== "image" || !isObject(source.target)) return subjectOf([], [], []);
  const t = source.target;
  return subjectOf(
    [t.userInput, ...strings(t.tags)],
    [t.manifestDigest, ...strings(t.repoDigests), t.imageID],
    [],
  );
}

/** SARIF: every run's versionControlProvenance[].revisionId. */
export function sarifSubject(json: unknown): ReportSubject {
  const runs = objects(isObject(json) ? json.runs : []);
  const revisions = runs.flatMap((r) =>
    objects(r.versionControlProvenance).map((v) => v.revisionId),
  );
  return subjectOf([], [], revisions);
}

/**
 * CycloneDX: metadata.component of type container (its name; a `sha256:` version, as Syft
 * writes; Trivy's aquasecurity:trivy:RepoDigest / ImageID properties). CycloneDX has no
 * field for a source revision, so a BOM names none.
 */
export function cyclonedxSubject(bom: Json): ReportSubject {
  const meta = isObject(bom.metadata) ? bom.metadata : {};
  const c = isObject(meta.component) ? meta.component : {};
  const props = objects(c.properties);
  const prop = (name: string) => props.filter((p) => p.name === name).map((p) => p.value);
  const container = str(c.type) === "container";
  return subjectOf(
    container ? [c.name] : [],
    container
      ? [c.version, ...prop("aquasecurity:trivy:RepoDigest"), ...prop("aquasecurity:trivy:ImageID")]
      : [],
    [],
  );
}
