// Image references as scanners write them.

/** "alpine:3.10 (alpine 3.10.2)" → "alpine:3.10": Trivy decorates image targets with the OS. */
export function imageRef(target: string): string {
  // Not /\s+\(.*\)$/: on a hostile target such as " (" repeated, that regex backtracks in time
  // that grows with the square of the length (seconds for 40 kB). This is linear.
  if (!target.endsWith(")")) return target;
  const open = target.search(/\s\(/);
  return open === -1 ? target : target.slice(0, open).trimEnd();
}
