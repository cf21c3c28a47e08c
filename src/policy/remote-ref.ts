// `extends: [github:OWNER/REPO/PATH@REF]`: a pack in another repository at a ref. Parsing and
// naming only; reading it is network I/O, which the entries inject (io/remote-policy.ts), so
// the policy stays free of it. Pure.

export const REMOTE_PREFIX = "github:";

export interface RemoteRef {
  owner: string;
  repo: string;
  /** A path inside the repository, without a leading slash. */
  path: string;
  /** A full commit SHA (recommended), a branch or a tag. */
  ref: string;
}

/** The pack's text and the commit it was read at (the ref resolved, for a branch or tag). */
export interface RemotePack {
  text: string;
  commit: string;
}

/** Reads a pack from GitHub; injected by the entries, absent where there is no network. */
export type RemoteRead = (ref: RemoteRef) => Promise<RemotePack>;

const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const REF = /^[A-Za-z0-9._/-]{1,255}$/;
/** Path segments: printable, no characters Windows or URLs would read differently. */
const SEGMENT = /^[\p{L}\p{N} ._@+=,~()[\]{}!$&'#%-]{1,255}$/u;

export function isFullSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/i.test(ref);
}

/** "github:acme/policies/packs/base.yml@3f2c..." → its parts; a malformed ref throws why. */
export function parseRemoteRef(text: string): RemoteRef {
  const body = text.slice(REMOTE_PREFIX.length);
  const at = body.lastIndexOf("@");
  if (at < 0) {
    throw new Error(`"${text}" needs @REF: github:OWNER/REPO/PATH@REF (a full commit SHA pins it)`);
  }
  const ref = body.slice(at + 1);
  const [owner = "", repo = "", ...segments] = body.slice(0, at).split("/");
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === "." || repo === "..") {
    throw new Error(`"${text}" does not name a repository (github:OWNER/REPO/PATH@REF)`);
  }
  if (segments.length === 0 || !segments.every(validSegment)) {
    throw new Error(`"${text}" needs a file path inside the repository, without . or .. parts`);
  }
  if (!REF.test(ref) || ref.includes("..") || ref.startsWith("/") || ref.startsWith("-")) {
    throw new Error(`"${text}": "${ref}" is not a commit SHA, branch or tag`);
  }
  return { owner, repo, path: segments.join("/"), ref };
}

function validSegment(s: string): boolean {
  return SEGMENT.test(s) && s !== "." && s !== "..";
}

export function remoteName(r: RemoteRef): string {
  return `${REMOTE_PREFIX}${r.owner}/${r.repo}/${r.path}@${r.ref}`;
}

/** A relative `extends` inside a remote pack: the same repository and commit, never the disk. */
export function remoteRelative(from: RemoteRef, relative: string): RemoteRef {
  const parts = from.path.split("/").slice(0, -1);
  for (const s of relative.replace(/\\/g, "/").split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") {
      if (parts.length === 0)
        throw new Error(`"${relative}" climbs out of ${from.owner}/${from.repo}`);
      parts.pop();
    } else if (validSegment(s)) parts.push(s);
    else throw new Error(`"${relative}" is not a path inside ${from.owner}/${from.repo}`);
  }
  if (parts.length === 0) throw new Error(`"${relative}" names no file`);
  return { ...from, path: parts.join("/") };
}
