// Which version order a package's versions follow, from what the parsers record: the
// ecosystem (Grype's artifact type, OSV's ecosystem such as "Debian:11", Snyk's package
// manager, Trivy's result Type, CycloneDX's purl type), else the purl's type.
import type { PackageRef } from "../../model/finding.js";
import { apk } from "./apk.js";
import { dpkg } from "./dpkg.js";
import { go } from "./go.js";
import { maven } from "./maven.js";
import { pep440 } from "./pep440.js";
import { rpm } from "./rpm.js";
import { erased, type VersionScheme } from "./scheme.js";
import { npmSemver } from "./semver.js";
import { generic, semverLike } from "./semver-like.js";

const NAMES: [VersionScheme, string[]][] = [
  [erased(dpkg), ["deb", "dpkg", "debian", "ubuntu", "distroless", "kali", "raspbian"]],
  [
    erased(rpm),
    [
      "rpm",
      "redhat",
      "red hat",
      "rhel",
      "centos",
      "fedora",
      "amazon",
      "amzn",
      "amazon linux",
      "rocky",
      "rocky linux",
      "alma",
      "almalinux",
      "oracle",
      "ol",
      "oracle linux",
      "suse",
      "sles",
      "opensuse",
      "opensuse.leap",
      "opensuse.tumbleweed",
      "opensuse leap",
      "opensuse tumbleweed",
      "suse linux enterprise server",
      "suse linux enterprise micro",
      "sle-micro",
      "photon",
      "photon os",
      "cbl-mariner",
      "mariner",
      "azurelinux",
      "azure linux",
      "openeuler",
      "mageia",
      "anolis",
      "euleros",
    ],
  ],
  [erased(apk), ["apk", "alpine", "wolfi", "chainguard", "minimos"]],
  [
    erased(pep440),
    ["pypi", "pip", "pipenv", "poetry", "python", "python-pkg", "wheel", "uv", "pdm"],
  ],
  [erased(maven), ["maven", "jar", "pom", "gradle", "java-archive", "jenkins-plugin", "sbt"]],
  [erased(go), ["go", "golang", "gomod", "gobinary", "go-module", "gomodules", "govendor"]],
  [
    erased(npmSemver),
    [
      "npm",
      "yarn",
      "pnpm",
      "bun",
      "node-pkg",
      "javascript",
      "cargo",
      "crates.io",
      "rust-crate",
      "rust-binary",
    ],
  ],
  [
    erased(semverLike),
    [
      "nuget",
      "dotnet",
      "dotnet-core",
      "dotnet-deps",
      "packages-props",
      "composer",
      "packagist",
      "php-composer",
      "php-pecl",
      "pub",
      "dart",
      "hex",
      "mix-lock",
      "swift",
      "swifturl",
      "cocoapods",
      "conan",
      "gem",
      "rubygems",
      "bundler",
      "gemspec",
      "ruby-gem",
    ],
  ],
];

const BY_NAME = new Map<string, VersionScheme>(
  NAMES.flatMap(([scheme, names]) => names.map((n) => [n, scheme] as const)),
);

const GENERIC = erased(generic);

/** "Debian:11" → "debian", "Alpine:v3.18" → "alpine", " PyPI " → "pypi". */
function normalise(name: string): string {
  return name.split(":")[0]!.trim().toLowerCase();
}

function purlType(purl: string | undefined): string | undefined {
  return /^pkg:([A-Za-z0-9.+-]+)\//.exec(purl ?? "")?.[1];
}

export interface SchemeChoice {
  scheme: VersionScheme;
  /** The name it was chosen by ("alpine", "pkg:deb"), or undefined when nothing was known. */
  from?: string;
  /** False when neither the ecosystem nor the purl named a known scheme: generic order. */
  known: boolean;
}

export function schemeFor(pkg: PackageRef | undefined): SchemeChoice {
  const ecosystem = pkg?.ecosystem;
  const byEcosystem = ecosystem ? BY_NAME.get(normalise(ecosystem)) : undefined;
  if (byEcosystem) return { scheme: byEcosystem, from: ecosystem, known: true };
  const type = purlType(pkg?.purl);
  const byPurl = type ? BY_NAME.get(type.toLowerCase()) : undefined;
  if (byPurl) return { scheme: byPurl, from: `pkg:${type}`, known: true };
  return { scheme: GENERIC, from: ecosystem ?? (type && `pkg:${type}`), known: false };
}
