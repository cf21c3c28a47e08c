// One finding as one markdown list line for the compact report: severity, id (linked to its
// advisory), package@version → fixed version, file:line (linked to the file at the head
// commit when the run knows it); the rule heads its group. One line of a 780 px comment.
import type { EvaluatedFinding } from "../gate/evaluate.js";
import type { Finding } from "../model/finding.js";
import { linkUrl } from "../model/safe-text.js";
import { deadlineLabel } from "../gate/deadlines.js";
import { packageLabel, placeLabel } from "./console.js";
import { cell } from "./markdown-text.js";
import type { MarkdownView } from "./markdown-view.js";

export function findingLine(e: EvaluatedFinding, view: MarkdownView): string {
  const f = e.finding;
  const url = f.url && linkUrl(f.url);
  const id = url ? `[${cell(f.id, 40)}](${url})` : cell(f.id, 40);
  const pkg = packageLabel(f);
  const fix = f.fix?.available ? f.fix.versions.slice(0, 2).join(", ") : "";
  // Plain text, not code spans: those are wider and would wrap the line at 780 px.
  const what = pkg ? `${cell(pkg, 50)} → ${fix ? cell(fix, 30) : "no fix"}` : "";
  const marks = [
    e.baseline === "existing" ? "existing" : "",
    e.suppression
      ? `suppressed by ${cell(e.suppression.kind, 30)}, ${e.suppression.honoured ? "honoured" : "not honoured"}`
      : "",
    e.waiver ? `waived by ${cell(e.waiver.owner, 40)} until ${e.waiver.expires}` : "",
    e.deadline ? deadlineLabel(e.deadline) : "",
  ].filter(Boolean);
  const parts = [
    `**${e.effectiveSeverity}** ${id}`,
    what,
    place(f, view),
    marks.length ? `(${marks.join("; ")})` : "",
  ].filter(Boolean);
  return `- ${parts.join(" · ")}`;
}

/** file:line, linked when the file is in the repository and the head commit is known. */
function place(f: Finding, view: MarkdownView): string {
  const label = placeLabel(f);
  if (!label) return "";
  const path = f.location?.path;
  const href = path && view.blobUrl ? blobLink(view.blobUrl, path, f.location?.startLine) : "";
  return href ? `[${cell(label, 60)}](${href})` : cell(label, 60);
}

/** Only a plain repository path is linked: an absolute or `..` path is no file of the commit. */
function blobLink(base: string, path: string, line: number | undefined): string | undefined {
  const clean = path.replace(/^\.\//, "");
  if (/^(\/|[a-z]+:|\.\.(\/|$))/i.test(clean) || clean.split("/").includes("..")) return undefined;
  const encoded = clean.split("/").map(encodeURIComponent).join("/");
  return linkUrl(`${base}${encoded}${line ? `#L${line}` : ""}`);
}
