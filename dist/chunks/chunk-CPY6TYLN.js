import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  DEFAULT_SCANNER_SUPPRESSIONS,
  LAYERS,
  PARSERS,
  compileAssets,
  compileControls,
  compileGlob,
  compileWaiver,
  compileWhen,
  dedupe,
  detectParser,
  duplicateKeyMessage,
  durationMs,
  evaluate,
  findDuplicateKey,
  isObject,
  lineColumn,
  list,
  lookup,
  outsidePaths,
  repositoryPath,
  str
} from "./chunk-5HELQAN3.js";
import {
  GateError
} from "./chunk-2W6IXLVT.js";
import {
  printableLine
} from "./chunk-H2LZCDX7.js";

// rules/default.yml
var default_default = `# yaml-language-server: $schema=../schema/policy.schema.json
# The built-in default policy, used when no --policy is given and no ztgate.yml exists.
# Every rule that matches a finding is considered; the strictest action wins.
version: 1
rules:
  - id: block-fixable-high-vulnerabilities
    description: Critical and high vulnerabilities that have a fix must be fixed before merging.
    when: { layer: [image, dependency], severity: ">=high", fixable: true }
    action: block
    examples:
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        verdict: block
      - name: no fix yet
        finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: false }
        matches: false
        verdict: warn
      - name: infrastructure findings are not vulnerabilities
        finding: { id: CKV_AWS_260, layer: iac, severity: high, fixable: true }
        matches: false
      - name: a scanner suppression does not silence it (settings.scanner-suppressions report-only)
        finding:
          {
            id: CVE-2019-12900,
            layer: image,
            package: libbz2,
            severity: critical,
            fixable: true,
            suppressed: vulnerable_code_not_in_execute_path,
          }
        verdict: block
  - id: block-secrets
    description: Hard-coded secrets are never merged.
    when: { layer: secret }
    action: block
    examples:
      - finding: { id: aws-access-token, layer: secret, tool: gitleaks, severity: low }
        verdict: block
      - finding: { id: DL3002, layer: iac, tool: hadolint, severity: medium }
        matches: false
  - id: warn-high-findings
    description: Other critical and high findings are shown as warnings.
    when: { severity: ">=high" }
    action: warn
    examples:
      - finding: { id: AVD-AWS-0107, layer: iac, tool: trivy, severity: critical }
        verdict: warn
      - name: unscored findings count as high (settings.unknown-severity)
        finding: { id: CKV_AWS_16, layer: iac, tool: checkov, severity: unknown }
        verdict: warn
      - finding: { id: CVE-2020-0001, layer: dependency, package: x, severity: medium }
        matches: false
  - id: info-lower-findings
    description: Medium and lower findings are listed for information.
    when: { severity: "<=medium" }
    action: info
    examples:
      - finding:
          { id: CVE-2020-0001, layer: dependency, package: x, severity: medium, fixable: true }
        verdict: info
      - finding: { id: CVE-2020-0002, layer: dependency, package: x, severity: high }
        matches: false
settings:
  fail-on: block
  unknown-severity: high
`, parsed = { version: 1, rules: [{ id: "block-fixable-high-vulnerabilities", description: "Critical and high vulnerabilities that have a fix must be fixed before merging.", when: { layer: ["image", "dependency"], severity: ">=high", fixable: !0 }, action: "block", examples: [{ finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, verdict: "block" }, { name: "no fix yet", finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !1 }, matches: !1, verdict: "warn" }, { name: "infrastructure findings are not vulnerabilities", finding: { id: "CKV_AWS_260", layer: "iac", severity: "high", fixable: !0 }, matches: !1 }, { name: "a scanner suppression does not silence it (settings.scanner-suppressions report-only)", finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0, suppressed: "vulnerable_code_not_in_execute_path" }, verdict: "block" }] }, { id: "block-secrets", description: "Hard-coded secrets are never merged.", when: { layer: "secret" }, action: "block", examples: [{ finding: { id: "aws-access-token", layer: "secret", tool: "gitleaks", severity: "low" }, verdict: "block" }, { finding: { id: "DL3002", layer: "iac", tool: "hadolint", severity: "medium" }, matches: !1 }] }, { id: "warn-high-findings", description: "Other critical and high findings are shown as warnings.", when: { severity: ">=high" }, action: "warn", examples: [{ finding: { id: "AVD-AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, verdict: "warn" }, { name: "unscored findings count as high (settings.unknown-severity)", finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov", severity: "unknown" }, verdict: "warn" }, { finding: { id: "CVE-2020-0001", layer: "dependency", package: "x", severity: "medium" }, matches: !1 }] }, { id: "info-lower-findings", description: "Medium and lower findings are listed for information.", when: { severity: "<=medium" }, action: "info", examples: [{ finding: { id: "CVE-2020-0001", layer: "dependency", package: "x", severity: "medium", fixable: !0 }, verdict: "info" }, { finding: { id: "CVE-2020-0002", layer: "dependency", package: "x", severity: "high" }, matches: !1 }] }], settings: { "fail-on": "block", "unknown-severity": "high" } };

// rules/zero-trust.yml
var zero_trust_default = `# yaml-language-server: $schema=../schema/policy.schema.json
# The built-in \`zero-trust\` pack: zero-trust controls that group the check ids of several
# scanners, and classification-aware rules over them. Use it with \`extends: [zero-trust]\` and
# declare your assets; findings no asset claims are \`internal\` unless you say otherwise.
#
# Check ids come from the real reports in fixtures/real/ (marked "fixture") and from each
# tool's published check list: Checkov (CKV_*), KICS (query UUIDs), tfsec (rule ids and legacy
# ids), Trivy / trivy-operator (AVD-*, KSV*, DS*; written {KSV,KSV-0,AVD-KSV-0}NNN because
# Trivy has printed all three spellings), hadolint (DL*), gitleaks (every secret finding).
# Ids are matched case-insensitively against a finding's id, its aliases and its check id.
version: 1

controls:
  public-ingress:
    description: Public ingress and missing microsegmentation (0.0.0.0/0, public endpoints, no network policy)
    ids:
      - CKV_AWS_260 # fixture: no security group ingress from 0.0.0.0:0 to port 80
      - CKV_AWS_24 # SSH (22) from 0.0.0.0/0
      - CKV_AWS_25 # RDP (3389) from 0.0.0.0/0
      - CKV_AWS_277 # ingress from 0.0.0.0/0 to all ports
      - CKV_AWS_17 # fixture: RDS publicly accessible
      - CKV_GCP_28 # fixture: Cloud Storage bucket anonymously or publicly accessible
      - CKV2_K8S_6 # fixture: pods without a NetworkPolicy
      - 4728cd65-a20c-49da-8b31-9c08b423e4db # KICS: Unrestricted Security Group Ingress
      - 381c3f2a-ef6f-4eff-99f7-b169cda3422c # KICS: Sensitive Port Is Exposed To Entire Network
      - 65905cec-d691-4320-b320-2000436cb696 # KICS: Security Group With Unrestricted Access To SSH
      - 108aa260-6dab-4a75-ae3f-de917d634840 # KICS fixture: Open Access To Resources Through API
      - 4fa66806-0dd9-4f8d-9480-3174d39c7c91 # KICS fixture: S3 Bucket Without Ignore Public ACL
      - aws-vpc-no-public-ingress-sgr # tfsec fixture
      - aws-ec2-no-public-ingress-sgr # tfsec (renamed from aws-vpc-*)
      - aws-vpc-no-public-ingress-sg
      - aws-ec2-no-public-ingress-sg
      - aws-vpc-no-public-ingress-acl
      - aws-ec2-no-public-ingress-acl
      - aws-vpc-no-excessive-port-access # tfsec fixture (legacy AWS050)
      - aws-ec2-no-excessive-port-access
      - aws-eks-no-public-cluster-access # tfsec fixture
      - aws-eks-no-public-cluster-access-to-cidr # tfsec fixture
      - aws-autoscaling-no-public-ip # tfsec fixture
      - AWS006 # tfsec legacy: public ingress security group rule
      - AWS008 # tfsec legacy: public ingress security group
      - AWS050 # tfsec legacy fixture: ACL allows all ports
      - "{AVD-,}AWS-0107" # Trivy: security group rule ingress from /0
      - "{AVD-,}AWS-0105" # Trivy: network ACL ingress from /0
      - "{AVD-,}AWS-0102" # Trivy: network ACL allows all ports
      - "{AVD-,}AWS-0040" # Trivy: EKS public endpoint
      - "{AVD-,}AWS-0041" # Trivy: EKS public endpoint open CIDR
  encryption-at-rest:
    description: Data stored unencrypted or without a customer-managed key
    ids:
      - CKV_AWS_16 # fixture: RDS not encrypted at rest
      - CKV_AWS_8 # fixture: launch configuration EBS not encrypted
      - CKV_AWS_3 # EBS volume not encrypted
      - CKV_AWS_19 # S3 bucket without server-side encryption
      - CKV_AWS_158 # CloudWatch log group without KMS
      - aws-autoscaling-enable-at-rest-encryption # tfsec fixture
      - aws-cloudwatch-log-group-customer-key # tfsec fixture
      - aws-eks-encrypt-secrets # tfsec fixture
      - aws-s3-enable-bucket-encryption
      - aws-rds-encrypt-instance-storage-data
      - aws-ebs-enable-volume-encryption
      - "{AVD-,}AWS-0008" # Trivy: launch configuration unencrypted block device
      - "{AVD-,}AWS-0017" # Trivy: CloudWatch log group customer key
      - "{AVD-,}AWS-0026" # Trivy: EBS volume encryption
      - "{AVD-,}AWS-0039" # Trivy: EKS secrets encryption
      - "{AVD-,}AWS-0080" # Trivy: RDS storage encryption
      - "{AVD-,}AWS-0088" # Trivy: S3 bucket encryption
  encryption-in-transit:
    description: Plain-text or weak-TLS traffic
    ids:
      - CKV_AWS_2 # ALB listener not HTTPS
      - CKV_AWS_103 # load balancer listener below TLS 1.2
      - CKV_AWS_34 # CloudFront viewer protocol allows HTTP
      - aws-elb-http-not-used
      - aws-elb-use-secure-tls-policy
      - aws-cloudfront-enforce-https
      - "{AVD-,}AWS-0054" # Trivy: load balancer uses plain HTTP
      - "{AVD-,}AWS-0047" # Trivy: load balancer outdated TLS policy
      - "{AVD-,}AWS-0012" # Trivy: CloudFront allows unencrypted communication
  wildcard-or-admin-iam:
    description: Wildcard or administrator permissions, and trust open to any principal
    ids:
      - CKV_AWS_1 # IAM policy allows "*:*" administrative privileges
      - CKV_AWS_62 # IAM policy allows full "*-*" administrative privileges
      - CKV_AWS_63 # IAM policy with "*" actions
      - CKV_AWS_40 # IAM policies attached to users
      - 12b7e704-37f0-4d1e-911a-44bf60c48c21 # KICS fixture: IAM Role Allows All Principals To Assume
      - bcdcbdc6-a350-4855-ae7c-d1e6436f7c97 # KICS fixture: AssumeRole across all services
      - b4378389-a9aa-44ee-91e7-ef183f11079e # KICS fixture: IAM Policies Attached To User
      - aws-iam-no-policy-wildcards
      - AWS099 # tfsec legacy: IAM policy wildcards
      - "{AVD-,}AWS-0057" # Trivy: IAM policy wildcards
      - "{KSV,KSV-0,AVD-KSV-0}044" # Trivy k8s: role with wildcard verbs and resources
      - "{KSV,KSV-0,AVD-KSV-0}046" # Trivy k8s: manage all resources
      - "{KSV,KSV-0,AVD-KSV-0}111" # Trivy k8s: cluster-admin binding
  privileged-or-root-container:
    description: Privileged, root or privilege-escalating containers
    ids:
      - CKV_K8S_16 # privileged container
      - CKV_K8S_20 # fixture: allowPrivilegeEscalation
      - CKV_K8S_23 # fixture: root containers admitted
      - CKV_K8S_28 # fixture: NET_RAW capability
      - CKV_K8S_37 # fixture: capabilities assigned
      - CKV_K8S_39 # SYS_ADMIN capability
      - CKV_K8S_40 # fixture: low UID
      - CKV_DOCKER_3 # fixture: no non-root user created in the image
      - CKV_DOCKER_8 # last USER is root
      - DL3002 # hadolint fixture: last USER should not be root
      - "{AVD-DS-000,DS00,DS-000}2" # Trivy Dockerfile fixture: image user should not be root
      - "{KSV,KSV-0,AVD-KSV-0}001" # fixture: can elevate its own privileges
      - "{KSV,KSV-0,AVD-KSV-0}003" # fixture: default capabilities not dropped
      - "{KSV,KSV-0,AVD-KSV-0}004" # fixture: capabilities not dropped at all
      - "{KSV,KSV-0,AVD-KSV-0}005" # SYS_ADMIN capability
      - "{KSV,KSV-0,AVD-KSV-0}012" # fixture: runs as root user
      - "{KSV,KSV-0,AVD-KSV-0}017" # privileged container
      - "{KSV,KSV-0,AVD-KSV-0}020" # fixture: runs with UID <= 10000
      - "{KSV,KSV-0,AVD-KSV-0}021" # fixture: runs with GID <= 10000
      - "{KSV,KSV-0,AVD-KSV-0}106" # fixture: capabilities beyond NET_BIND_SERVICE
      - "{KSV,KSV-0,AVD-KSV-0}116" # fixture: root primary or supplementary GID
  missing-audit-logging:
    description: Access, control-plane or change logging switched off
    ids:
      - CKV_AWS_129 # fixture: RDS logs not enabled
      - CKV_AWS_118 # fixture: RDS enhanced monitoring
      - CKV_AWS_126 # fixture: EC2 detailed monitoring
      - CKV_GCP_62 # fixture: bucket access logging
      - CKV_AWS_18 # S3 access logging
      - CKV_AWS_67 # CloudTrail not in all regions
      - CKV_AWS_36 # CloudTrail log file validation
      - f861041c-8c9f-4156-acfc-5e6e524f5884 # KICS fixture: S3 Bucket Logging Disabled
      - 20018359-6fd7-4d05-ab26-d4dffccbdf79 # KICS fixture: ELB Access Logging Disabled
      - 37304d3f-f852-40b8-ae3f-725e87a7cedf # KICS fixture: EKS cluster logging is not enabled
      - 66f130d9-b81d-4e8e-9b08-da74b9c891df # KICS fixture: Missing Cluster Log Types
      - 45cff7b6-3b80-40c1-ba7b-2cf480678bb8 # KICS fixture: Neptune Logging Is Disabled
      - 56f6a008-1b14-4af4-b9b2-ab7cf7e27641 # KICS fixture: DocDB Logging Is Disabled
      - 8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56 # KICS fixture: RDS Without Logging
      - 52ffcfa6-6c70-4ea6-8376-d828d3961669 # KICS fixture: CloudTrail Log File Validation Disabled
      - 96e8183b-e985-457b-90cd-61c0503a3369 # KICS fixture: Global Accelerator Flow Logs Disabled
      - 23b70e32-032e-4fa6-ba5c-82f56b9980e6 # KICS fixture: EC2 Instance Monitoring Disabled
      - 0a8e8dc5-b6fc-44fc-b5a1-969ec950f9b0 # KICS fixture: CloudWatch Changes To NACL Alarm Missing
      - 2285e608-ddbc-47f3-ba54-ce7121e31216 # KICS fixture: CloudWatch Route Table Changes Alarm Missing
      - 5b8d7527-de8e-4114-b9dd-9d988f1f418f # KICS fixture: CloudWatch AWS Config Changes Alarm Missing
      - 6b6874fe-4c2f-4eea-8b90-7cceaa4a125e # KICS fixture: CloudWatch Network Gateways Changes Alarm Missing
      - 9d0d4512-1959-43a2-a17f-72360ff06d1b # KICS fixture: CloudWatch VPC Changes Alarm Missing
      - aws-eks-enable-control-plane-logging # tfsec fixture
      - aws-s3-enable-bucket-logging
      - aws-cloudtrail-enable-all-regions
      - "{AVD-,}AWS-0038" # Trivy: EKS control plane logging
      - "{AVD-,}AWS-0089" # Trivy: S3 bucket logging
      - "{AVD-,}AWS-0014" # Trivy: CloudTrail in all regions
  hard-coded-secrets:
    description: Credentials and keys committed to code, images or infrastructure
    layers: [secret] # every secret scanner finding: gitleaks, Trivy secrets, Checkov secrets ...
    ids:
      - CKV_SECRET_* # fixture: Checkov secrets framework
      - d7b9d850-3e06-4a75-852f-c46c2e92240b # KICS fixture: Hardcoded AWS Access Key
      - 0b93729a-d882-4803-bdc3-ac429a21f158 # KICS fixture: EC2 Instance Using API Keys
      - GEN003 # tfsec legacy fixture: sensitive data in a block attribute
      - general-secrets-no-plaintext-exposure
  vulnerable-components:
    description: Known vulnerabilities in images and dependencies
    layers: [image, dependency]

rules:
  - id: zt-block-secrets
    description: Hard-coded secrets block on every asset; rotate the secret, then remove it.
    when: { control: hard-coded-secrets }
    action: block
    examples:
      - name: gitleaks AWS key on a public asset
        finding: { id: aws-access-token, layer: secret, tool: gitleaks, severity: medium }
        classification: public
        verdict: block
      - name: KICS hard-coded AWS key in Terraform
        finding: { id: d7b9d850-3e06-4a75-852f-c46c2e92240b, layer: iac, severity: low }
        verdict: block
      - name: an unrelated misconfiguration
        finding: { id: CKV_K8S_14, layer: iac, severity: low }
        matches: false

  - id: zt-block-known-exploited
    description: Vulnerabilities on CISA's Known Exploited Vulnerabilities list block everywhere.
    when: { control: vulnerable-components, kev: true }
    action: block
    examples:
      - finding:
          {
            id: CVE-2021-44228,
            layer: dependency,
            package: log4j-core,
            severity: critical,
            kev: true,
          }
        classification: public
        verdict: block
      - finding: { id: CVE-2024-0001, layer: dependency, package: x, severity: critical }
        matches: false

  - id: zt-block-fixable-critical
    description: Fixable critical vulnerabilities block everything but public assets.
    when:
      control: vulnerable-components
      severity: critical
      fixable: true
      classification: ">=internal"
    action: block
    examples:
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        classification: internal
        verdict: block
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: true }
        classification: public
        matches: false
        verdict: warn
      - finding:
          { id: CVE-2019-12900, layer: image, package: libbz2, severity: critical, fixable: false }
        classification: restricted
        matches: false

  - id: zt-block-fixable-high-sensitive
    description: Fixable high vulnerabilities block confidential and restricted assets.
    when:
      control: vulnerable-components
      severity: ">=high"
      fixable: true
      classification: ">=confidential"
    action: block
    examples:
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: true }
        classification: restricted
        verdict: block
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: true }
        classification: public
        matches: false
        verdict: warn
      - name: unscored findings count as high (settings.unknown-severity)
        finding:
          { id: CVE-2023-9999, layer: image, package: zlib, severity: unknown, fixable: true }
        classification: confidential
        verdict: block

  - id: zt-warn-high-vulnerabilities
    description: Other high and critical vulnerabilities are warnings, whatever the asset.
    when: { control: vulnerable-components, severity: ">=high" }
    action: warn
    examples:
      - finding:
          { id: CVE-2023-1234, layer: dependency, package: lodash, severity: high, fixable: false }
        classification: restricted
        verdict: warn
      - finding: { id: CVE-2023-1234, layer: dependency, package: lodash, severity: medium }
        matches: false
        verdict: info

  - id: zt-block-public-ingress
    description: Public ingress to confidential or restricted assets blocks; segment the network.
    when: { control: public-ingress, classification: ">=confidential" }
    action: block
    examples:
      - name: Checkov open security group
        finding: { id: CKV_AWS_260, layer: iac, tool: checkov, severity: unknown }
        classification: restricted
        verdict: block
      - name: KICS unrestricted ingress
        finding:
          { id: 4728cd65-a20c-49da-8b31-9c08b423e4db, layer: iac, tool: kics, severity: high }
        classification: confidential
        verdict: block
      - name: Trivy open security group rule (new id spelling)
        finding: { id: AWS-0107, layer: iac, tool: trivy, severity: critical }
        classification: restricted
        verdict: block
      - name: public asset
        finding: { id: AVD-AWS-0107, layer: iac, tool: trivy, severity: critical }
        classification: public
        matches: false
        verdict: warn

  - id: zt-block-wildcard-iam
    description: Wildcard or admin IAM on confidential or restricted assets blocks.
    when: { control: wildcard-or-admin-iam, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: 12b7e704-37f0-4d1e-911a-44bf60c48c21, layer: iac, tool: kics, severity: low }
        classification: confidential
        verdict: block
      - finding: { id: CKV_AWS_1, layer: iac, tool: checkov }
        classification: internal
        matches: false
        verdict: warn

  - id: zt-block-privileged-containers
    description: Privileged or root containers of confidential or restricted assets block.
    when: { control: privileged-or-root-container, classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: KSV012, layer: iac, tool: trivy-operator, severity: medium }
        classification: restricted
        verdict: block
      - finding: { id: AVD-KSV-0116, layer: iac, tool: trivy, severity: low }
        classification: confidential
        verdict: block
      - finding: { id: DL3002, layer: iac, tool: hadolint, severity: medium }
        classification: public
        matches: false
        verdict: warn

  - id: zt-block-unencrypted
    description: Data at rest or in transit without encryption blocks confidential and restricted assets.
    when: { control: [encryption-at-rest, encryption-in-transit], classification: ">=confidential" }
    action: block
    examples:
      - finding: { id: CKV_AWS_16, layer: iac, tool: checkov }
        classification: restricted
        verdict: block
      - finding: { id: aws-elb-http-not-used, layer: iac, tool: tfsec, severity: critical }
        classification: confidential
        verdict: block
      - finding: { id: aws-eks-encrypt-secrets, layer: iac, tool: tfsec, severity: high }
        classification: internal
        matches: false
        verdict: warn

  - id: zt-warn-control-gaps
    description: Gaps in ingress, IAM, container privilege and encryption controls warn on every asset.
    when:
      control:
        [
          public-ingress,
          wildcard-or-admin-iam,
          privileged-or-root-container,
          encryption-at-rest,
          encryption-in-transit,
        ]
    action: warn
    examples:
      - finding: { id: CKV_K8S_20, layer: iac, tool: checkov, severity: low }
        classification: public
        verdict: warn
      - finding: { id: CKV_K8S_14, layer: iac, tool: checkov, severity: low }
        matches: false
        verdict: info

  - id: zt-warn-missing-audit-logging
    description: Missing audit logging warns on confidential and restricted assets.
    when: { control: missing-audit-logging, classification: ">=confidential" }
    action: warn
    examples:
      - finding: { id: f861041c-8c9f-4156-acfc-5e6e524f5884, layer: iac, tool: kics, severity: low }
        classification: restricted
        verdict: warn
      - finding:
          { id: aws-eks-enable-control-plane-logging, layer: iac, tool: tfsec, severity: medium }
        classification: public
        matches: false
        verdict: info

  - id: zt-warn-other-high
    description: Other high and critical findings are warnings.
    when: { severity: ">=high" }
    action: warn
    examples:
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        verdict: warn
      - finding: { id: DL3008, layer: iac, tool: hadolint, severity: medium }
        matches: false

  - id: zt-info-lower
    description: Medium and lower findings are listed for information.
    when: { severity: "<=medium" }
    action: info
    examples:
      - finding: { id: DL3008, layer: iac, tool: hadolint, severity: medium }
        verdict: info
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        matches: false

settings:
  fail-on: block
  unknown-severity: high
  default-action: info
`, parsed2 = { version: 1, controls: { "public-ingress": { description: "Public ingress and missing microsegmentation (0.0.0.0/0, public endpoints, no network policy)", ids: ["CKV_AWS_260", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_277", "CKV_AWS_17", "CKV_GCP_28", "CKV2_K8S_6", "4728cd65-a20c-49da-8b31-9c08b423e4db", "381c3f2a-ef6f-4eff-99f7-b169cda3422c", "65905cec-d691-4320-b320-2000436cb696", "108aa260-6dab-4a75-ae3f-de917d634840", "4fa66806-0dd9-4f8d-9480-3174d39c7c91", "aws-vpc-no-public-ingress-sgr", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sg", "aws-ec2-no-public-ingress-sg", "aws-vpc-no-public-ingress-acl", "aws-ec2-no-public-ingress-acl", "aws-vpc-no-excessive-port-access", "aws-ec2-no-excessive-port-access", "aws-eks-no-public-cluster-access", "aws-eks-no-public-cluster-access-to-cidr", "aws-autoscaling-no-public-ip", "AWS006", "AWS008", "AWS050", "{AVD-,}AWS-0107", "{AVD-,}AWS-0105", "{AVD-,}AWS-0102", "{AVD-,}AWS-0040", "{AVD-,}AWS-0041"] }, "encryption-at-rest": { description: "Data stored unencrypted or without a customer-managed key", ids: ["CKV_AWS_16", "CKV_AWS_8", "CKV_AWS_3", "CKV_AWS_19", "CKV_AWS_158", "aws-autoscaling-enable-at-rest-encryption", "aws-cloudwatch-log-group-customer-key", "aws-eks-encrypt-secrets", "aws-s3-enable-bucket-encryption", "aws-rds-encrypt-instance-storage-data", "aws-ebs-enable-volume-encryption", "{AVD-,}AWS-0008", "{AVD-,}AWS-0017", "{AVD-,}AWS-0026", "{AVD-,}AWS-0039", "{AVD-,}AWS-0080", "{AVD-,}AWS-0088"] }, "encryption-in-transit": { description: "Plain-text or weak-TLS traffic", ids: ["CKV_AWS_2", "CKV_AWS_103", "CKV_AWS_34", "aws-elb-http-not-used", "aws-elb-use-secure-tls-policy", "aws-cloudfront-enforce-https", "{AVD-,}AWS-0054", "{AVD-,}AWS-0047", "{AVD-,}AWS-0012"] }, "wildcard-or-admin-iam": { description: "Wildcard or administrator permissions, and trust open to any principal", ids: ["CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_63", "CKV_AWS_40", "12b7e704-37f0-4d1e-911a-44bf60c48c21", "bcdcbdc6-a350-4855-ae7c-d1e6436f7c97", "b4378389-a9aa-44ee-91e7-ef183f11079e", "aws-iam-no-policy-wildcards", "AWS099", "{AVD-,}AWS-0057", "{KSV,KSV-0,AVD-KSV-0}044", "{KSV,KSV-0,AVD-KSV-0}046", "{KSV,KSV-0,AVD-KSV-0}111"] }, "privileged-or-root-container": { description: "Privileged, root or privilege-escalating containers", ids: ["CKV_K8S_16", "CKV_K8S_20", "CKV_K8S_23", "CKV_K8S_28", "CKV_K8S_37", "CKV_K8S_39", "CKV_K8S_40", "CKV_DOCKER_3", "CKV_DOCKER_8", "DL3002", "{AVD-DS-000,DS00,DS-000}2", "{KSV,KSV-0,AVD-KSV-0}001", "{KSV,KSV-0,AVD-KSV-0}003", "{KSV,KSV-0,AVD-KSV-0}004", "{KSV,KSV-0,AVD-KSV-0}005", "{KSV,KSV-0,AVD-KSV-0}012", "{KSV,KSV-0,AVD-KSV-0}017", "{KSV,KSV-0,AVD-KSV-0}020", "{KSV,KSV-0,AVD-KSV-0}021", "{KSV,KSV-0,AVD-KSV-0}106", "{KSV,KSV-0,AVD-KSV-0}116"] }, "missing-audit-logging": { description: "Access, control-plane or change logging switched off", ids: ["CKV_AWS_129", "CKV_AWS_118", "CKV_AWS_126", "CKV_GCP_62", "CKV_AWS_18", "CKV_AWS_67", "CKV_AWS_36", "f861041c-8c9f-4156-acfc-5e6e524f5884", "20018359-6fd7-4d05-ab26-d4dffccbdf79", "37304d3f-f852-40b8-ae3f-725e87a7cedf", "66f130d9-b81d-4e8e-9b08-da74b9c891df", "45cff7b6-3b80-40c1-ba7b-2cf480678bb8", "56f6a008-1b14-4af4-b9b2-ab7cf7e27641", "8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56", "52ffcfa6-6c70-4ea6-8376-d828d3961669", "96e8183b-e985-457b-90cd-61c0503a3369", "23b70e32-032e-4fa6-ba5c-82f56b9980e6", "0a8e8dc5-b6fc-44fc-b5a1-969ec950f9b0", "2285e608-ddbc-47f3-ba54-ce7121e31216", "5b8d7527-de8e-4114-b9dd-9d988f1f418f", "6b6874fe-4c2f-4eea-8b90-7cceaa4a125e", "9d0d4512-1959-43a2-a17f-72360ff06d1b", "aws-eks-enable-control-plane-logging", "aws-s3-enable-bucket-logging", "aws-cloudtrail-enable-all-regions", "{AVD-,}AWS-0038", "{AVD-,}AWS-0089", "{AVD-,}AWS-0014"] }, "hard-coded-secrets": { description: "Credentials and keys committed to code, images or infrastructure", layers: ["secret"], ids: ["CKV_SECRET_*", "d7b9d850-3e06-4a75-852f-c46c2e92240b", "0b93729a-d882-4803-bdc3-ac429a21f158", "GEN003", "general-secrets-no-plaintext-exposure"] }, "vulnerable-components": { description: "Known vulnerabilities in images and dependencies", layers: ["image", "dependency"] } }, rules: [{ id: "zt-block-secrets", description: "Hard-coded secrets block on every asset; rotate the secret, then remove it.", when: { control: "hard-coded-secrets" }, action: "block", examples: [{ name: "gitleaks AWS key on a public asset", finding: { id: "aws-access-token", layer: "secret", tool: "gitleaks", severity: "medium" }, classification: "public", verdict: "block" }, { name: "KICS hard-coded AWS key in Terraform", finding: { id: "d7b9d850-3e06-4a75-852f-c46c2e92240b", layer: "iac", severity: "low" }, verdict: "block" }, { name: "an unrelated misconfiguration", finding: { id: "CKV_K8S_14", layer: "iac", severity: "low" }, matches: !1 }] }, { id: "zt-block-known-exploited", description: "Vulnerabilities on CISA's Known Exploited Vulnerabilities list block everywhere.", when: { control: "vulnerable-components", kev: !0 }, action: "block", examples: [{ finding: { id: "CVE-2021-44228", layer: "dependency", package: "log4j-core", severity: "critical", kev: !0 }, classification: "public", verdict: "block" }, { finding: { id: "CVE-2024-0001", layer: "dependency", package: "x", severity: "critical" }, matches: !1 }] }, { id: "zt-block-fixable-critical", description: "Fixable critical vulnerabilities block everything but public assets.", when: { control: "vulnerable-components", severity: "critical", fixable: !0, classification: ">=internal" }, action: "block", examples: [{ finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "internal", verdict: "block" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !1 }, classification: "restricted", matches: !1 }] }, { id: "zt-block-fixable-high-sensitive", description: "Fixable high vulnerabilities block confidential and restricted assets.", when: { control: "vulnerable-components", severity: ">=high", fixable: !0, classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "restricted", verdict: "block" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { name: "unscored findings count as high (settings.unknown-severity)", finding: { id: "CVE-2023-9999", layer: "image", package: "zlib", severity: "unknown", fixable: !0 }, classification: "confidential", verdict: "block" }] }, { id: "zt-warn-high-vulnerabilities", description: "Other high and critical vulnerabilities are warnings, whatever the asset.", when: { control: "vulnerable-components", severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !1 }, classification: "restricted", verdict: "warn" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "medium" }, matches: !1, verdict: "info" }] }, { id: "zt-block-public-ingress", description: "Public ingress to confidential or restricted assets blocks; segment the network.", when: { control: "public-ingress", classification: ">=confidential" }, action: "block", examples: [{ name: "Checkov open security group", finding: { id: "CKV_AWS_260", layer: "iac", tool: "checkov", severity: "unknown" }, classification: "restricted", verdict: "block" }, { name: "KICS unrestricted ingress", finding: { id: "4728cd65-a20c-49da-8b31-9c08b423e4db", layer: "iac", tool: "kics", severity: "high" }, classification: "confidential", verdict: "block" }, { name: "Trivy open security group rule (new id spelling)", finding: { id: "AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "restricted", verdict: "block" }, { name: "public asset", finding: { id: "AVD-AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-wildcard-iam", description: "Wildcard or admin IAM on confidential or restricted assets blocks.", when: { control: "wildcard-or-admin-iam", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "12b7e704-37f0-4d1e-911a-44bf60c48c21", layer: "iac", tool: "kics", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "CKV_AWS_1", layer: "iac", tool: "checkov" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-block-privileged-containers", description: "Privileged or root containers of confidential or restricted assets block.", when: { control: "privileged-or-root-container", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "KSV012", layer: "iac", tool: "trivy-operator", severity: "medium" }, classification: "restricted", verdict: "block" }, { finding: { id: "AVD-KSV-0116", layer: "iac", tool: "trivy", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "DL3002", layer: "iac", tool: "hadolint", severity: "medium" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-unencrypted", description: "Data at rest or in transit without encryption blocks confidential and restricted assets.", when: { control: ["encryption-at-rest", "encryption-in-transit"], classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov" }, classification: "restricted", verdict: "block" }, { finding: { id: "aws-elb-http-not-used", layer: "iac", tool: "tfsec", severity: "critical" }, classification: "confidential", verdict: "block" }, { finding: { id: "aws-eks-encrypt-secrets", layer: "iac", tool: "tfsec", severity: "high" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-warn-control-gaps", description: "Gaps in ingress, IAM, container privilege and encryption controls warn on every asset.", when: { control: ["public-ingress", "wildcard-or-admin-iam", "privileged-or-root-container", "encryption-at-rest", "encryption-in-transit"] }, action: "warn", examples: [{ finding: { id: "CKV_K8S_20", layer: "iac", tool: "checkov", severity: "low" }, classification: "public", verdict: "warn" }, { finding: { id: "CKV_K8S_14", layer: "iac", tool: "checkov", severity: "low" }, matches: !1, verdict: "info" }] }, { id: "zt-warn-missing-audit-logging", description: "Missing audit logging warns on confidential and restricted assets.", when: { control: "missing-audit-logging", classification: ">=confidential" }, action: "warn", examples: [{ finding: { id: "f861041c-8c9f-4156-acfc-5e6e524f5884", layer: "iac", tool: "kics", severity: "low" }, classification: "restricted", verdict: "warn" }, { finding: { id: "aws-eks-enable-control-plane-logging", layer: "iac", tool: "tfsec", severity: "medium" }, classification: "public", matches: !1, verdict: "info" }] }, { id: "zt-warn-other-high", description: "Other high and critical findings are warnings.", when: { severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, verdict: "warn" }, { finding: { id: "DL3008", layer: "iac", tool: "hadolint", severity: "medium" }, matches: !1 }] }, { id: "zt-info-lower", description: "Medium and lower findings are listed for information.", when: { severity: "<=medium" }, action: "info", examples: [{ finding: { id: "DL3008", layer: "iac", tool: "hadolint", severity: "medium" }, verdict: "info" }, { finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, matches: !1 }] }], settings: { "fail-on": "block", "unknown-severity": "high", "default-action": "info" } };

// src/policy/packs.ts
var BUILTIN_PACKS = {
  default: default_default,
  "zero-trust": zero_trust_default
}, BUILTIN_PACK_VALUES = {
  default: parsed,
  "zero-trust": parsed2
}, DEFAULT_PACK = "default";

// src/policy/load.ts
import { dirname, resolve } from "node:path";

// src/policy/checks.ts
function checkUniqueRuleIds(doc, source) {
  let seen = /* @__PURE__ */ new Set();
  (doc.rules ?? []).forEach((rule, i) => {
    if (seen.has(rule.id))
      throw new GateError(`duplicate rule id "${rule.id}"`, {
        file: source.file,
        ...source.locate(`/rules/${i}/id`)
      });
    seen.add(rule.id);
  });
}
function checkControlRefs(doc, controls, source) {
  let known = new Set(controls.map((c) => c.name));
  (doc.rules ?? []).forEach((rule, i) => {
    for (let name of list(rule.when.control))
      if (!known.has(name))
        throw new GateError(
          `rule "${rule.id}": unknown control "${name}" (defined: ${[...known].join(", ") || "none; extend zero-trust"})`,
          { file: source.file, ...source.locate(`/rules/${i}/when/control`) }
        );
  });
}
function checkWaiverRefs(doc, rules, assets, source) {
  (doc.waivers ?? []).forEach((w, i) => {
    let unknown = w.rule !== void 0 && !rules.some((r) => r.id === w.rule) ? ["rule", w.rule] : w.asset !== void 0 && !assets.some((a) => a.spec.name === w.asset) ? ["asset", w.asset] : void 0;
    if (unknown)
      throw new GateError(`waiver for "${w.id}": unknown ${unknown[0]} "${unknown[1]}"`, {
        file: source.file,
        ...source.locate(`/waivers/${i}/${unknown[0]}`)
      });
  });
}

// src/policy/compile.ts
function compileRule(r, file, origin, source, index) {
  try {
    let { examples, ...rest } = r;
    return {
      ...rest,
      source: file,
      origin,
      examples: examples ?? [],
      matches: compileWhen(r.when, { action: r.action }),
      asksSuppressed: r.when.suppressed !== void 0
    };
  } catch (err) {
    let at = source.locate(`/rules/${index}/when`);
    throw new GateError(`rule "${r.id}": ${err.message}`, { file, ...at });
  }
}
function locatedErrors(source, pointer, compile) {
  try {
    return compile();
  } catch (err) {
    throw err instanceof GateError ? err : new GateError(err.message, { file: source.file, ...source.locate(pointer) });
  }
}
function compileWaivers(doc, source) {
  return (doc.waivers ?? []).map((w, i) => {
    let at = source.locate(`/waivers/${i}`);
    try {
      return compileWaiver(w, `${source.file}:${at.line}`);
    } catch (err) {
      let message = `waiver for "${w.id}": ${err.message}`;
      throw new GateError(message, { file: source.file, ...at });
    }
  });
}

// src/policy/deadlines.ts
var asList = (value) => Array.isArray(value) ? value : [value];
function compileDeadlines(specs, source) {
  return specs.map((spec, i) => {
    let severities = asList(spec.severity), classifications = spec.classification === void 0 ? void 0 : asList(spec.classification), on = classifications ? ` on ${classifications.join("/")}` : "";
    return {
      severities,
      classifications,
      days: spec.days,
      action: spec.action ?? "block",
      label: `${severities.join("/")}${on}: ${spec.days} days`,
      source: `${source.file}:${source.locate(`/deadlines/${i}`).line}`
    };
  });
}
function compileBudgets(specs, source, known) {
  let seen = /* @__PURE__ */ new Set();
  return specs.map((spec, i) => {
    let at = (key) => ({ file: source.file, ...source.locate(`/budgets/${i}/${key}`) });
    if (seen.has(spec.id)) throw new GateError(`duplicate budget id "${spec.id}"`, at("id"));
    if (seen.add(spec.id), spec.asset !== void 0 && !known.assets.some((a) => a.spec.name === spec.asset))
      throw new GateError(`budget "${spec.id}": unknown asset "${spec.asset}"`, at("asset"));
    if (spec.control !== void 0 && !known.controls.some((c) => c.name === spec.control))
      throw new GateError(`budget "${spec.id}": unknown control "${spec.control}"`, at("control"));
    let scope = {};
    spec.classification && (scope.classification = spec.classification), spec.asset !== void 0 && (scope.asset = spec.asset), spec.control !== void 0 && (scope.control = spec.control), spec.layer && (scope.layer = spec.layer);
    let parts = Object.entries(scope).map(([k, v]) => `${k} ${String(v)}`);
    return {
      id: spec.id,
      ...scope,
      max: spec.max,
      action: spec.action ?? "block",
      scopeLabel: parts.length > 0 ? parts.join(", ") : "all findings",
      source: `${source.file}:${source.locate(`/budgets/${i}`).line}`
    };
  });
}
function deadlinesAndBudgets(bases, doc, source, known) {
  let deadlines = [
    ...bases.flatMap((b) => b.deadlines ?? []),
    ...compileDeadlines(doc.deadlines ?? [], source)
  ], budgets = /* @__PURE__ */ new Map();
  for (let b of bases) for (let budget of b.budgets ?? []) budgets.set(budget.id, budget);
  for (let budget of compileBudgets(doc.budgets ?? [], source, known))
    budgets.set(budget.id, budget);
  return {
    ...deadlines.length > 0 ? { deadlines } : {},
    ...budgets.size > 0 ? { budgets: [...budgets.values()] } : {}
  };
}

// src/policy/remote-ref.ts
var REMOTE_PREFIX = "github:", OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/, REPO = /^[A-Za-z0-9._-]{1,100}$/, REF = /^[A-Za-z0-9._/-]{1,255}$/, SEGMENT = /^[\p{L}\p{N} ._@+=,~()[\]{}!$&'#%-]{1,255}$/u;
function isFullSha(ref) {
  return /^[0-9a-f]{40}$/i.test(ref);
}
function parseRemoteRef(text) {
  let body = text.slice(REMOTE_PREFIX.length), at = body.lastIndexOf("@");
  if (at < 0)
    throw new Error(`"${text}" needs @REF: github:OWNER/REPO/PATH@REF (a full commit SHA pins it)`);
  let ref = body.slice(at + 1), [owner = "", repo = "", ...segments] = body.slice(0, at).split("/");
  if (!OWNER.test(owner) || !REPO.test(repo) || repo === "." || repo === "..")
    throw new Error(`"${text}" does not name a repository (github:OWNER/REPO/PATH@REF)`);
  if (segments.length === 0 || !segments.every(validSegment))
    throw new Error(`"${text}" needs a file path inside the repository, without . or .. parts`);
  if (!REF.test(ref) || ref.includes("..") || ref.startsWith("/") || ref.startsWith("-"))
    throw new Error(`"${text}": "${ref}" is not a commit SHA, branch or tag`);
  return { owner, repo, path: segments.join("/"), ref };
}
function validSegment(s) {
  return SEGMENT.test(s) && s !== "." && s !== "..";
}
function remoteName(r) {
  return `${REMOTE_PREFIX}${r.owner}/${r.repo}/${r.path}@${r.ref}`;
}
function remoteRelative(from, relative2) {
  let parts = from.path.split("/").slice(0, -1);
  for (let s of relative2.replace(/\\/g, "/").split("/"))
    if (!(s === "" || s === "."))
      if (s === "..") {
        if (parts.length === 0)
          throw new Error(`"${relative2}" climbs out of ${from.owner}/${from.repo}`);
        parts.pop();
      } else if (validSegment(s)) parts.push(s);
      else throw new Error(`"${relative2}" is not a path inside ${from.owner}/${from.repo}`);
  if (parts.length === 0) throw new Error(`"${relative2}" names no file`);
  return { ...from, path: parts.join("/") };
}

// src/policy/load.ts
var DEFAULT_SETTINGS = {
  failOn: "block",
  unknownSeverity: "high",
  defaultAction: "info",
  scannerSuppressions: DEFAULT_SCANNER_SUPPRESSIONS
}, DEFAULT_CLASSIFICATION = "internal", BUILTIN_PREFIX = "built-in:";
function loadPolicyWith(path, read, cwd, remote) {
  if (path === void 0) return loadBuiltin(DEFAULT_PACK, /* @__PURE__ */ new Set(), read);
  if (path.startsWith(BUILTIN_PREFIX))
    return loadBuiltin(path.slice(BUILTIN_PREFIX.length), /* @__PURE__ */ new Set(), read);
  let absolute = path.startsWith(REMOTE_PREFIX) ? path : cwd === void 0 ? resolve(path) : resolve(cwd, path);
  return loadFile(absolute, path, read, /* @__PURE__ */ new Set(), void 0, remote);
}
function loadOriginWith(origin, read, remote) {
  return "builtin" in origin ? loadBuiltin(origin.builtin, /* @__PURE__ */ new Set(), read) : loadFile(origin.file, origin.file, read, /* @__PURE__ */ new Set(), void 0, remote);
}
async function policyFileSupport() {
  let [{ parseYaml }, { validatePolicyDocument }] = await Promise.all([
    import("./yaml-source-LCCWDLEY.js"),
    import("./document-FRE7C567.js")
  ]);
  return { parseYaml, validatePolicyDocument };
}
async function loadBuiltin(name, seen, read) {
  let text = lookup(BUILTIN_PACKS, name);
  if (text === void 0)
    throw new GateError(`unknown built-in pack "${name}" (one of: ${knownPacks()})`);
  return fromText(text, `${BUILTIN_PREFIX}${name}`, { builtin: name }, read, seen, void 0);
}
async function loadFile(absolute, shown, read, seen, extendedAt, remote) {
  if (absolute.startsWith(REMOTE_PREFIX))
    return loadRemote(parseRemoteRef(absolute), shown, read, seen, extendedAt, remote);
  let text;
  try {
    text = await read(absolute);
  } catch (err) {
    if (err instanceof GateError) throw err;
    let code = err.code, why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
    throw extendedAt ? new GateError(`extends "${shown}", which ${why}`, extendedAt) : new GateError(`policy ${why}`, { file: shown });
  }
  return fromText(text, shown, { file: absolute }, read, seen, remote);
}
async function loadRemote(ref, shown, read, seen, extendedAt, remote) {
  let fail = (why) => new GateError(`extends "${shown}", which ${why}`, extendedAt ?? { file: shown });
  if (!remote) throw fail("is in another repository, and nothing here can read GitHub");
  let pack;
  try {
    pack = await remote(ref);
  } catch (err) {
    throw fail(err.message);
  }
  let pinned = remoteName({ ...ref, ref: pack.commit });
  return fromText(pack.text, pinned, { file: pinned }, read, seen, remote);
}
function knownPacks() {
  return Object.keys(BUILTIN_PACKS).join(", ");
}
async function loadBase(ref, index, source, origin, seen, read, remote) {
  let { file } = source;
  if (Object.hasOwn(BUILTIN_PACKS, ref)) return loadBuiltin(ref, seen, read);
  if ("builtin" in origin)
    throw new GateError(`built-in pack extends unknown pack "${ref}"`, { file });
  let at = { file, ...source.locate(`/extends/${index}`) }, inRemote = origin.file.startsWith(REMOTE_PREFIX);
  if (ref.startsWith(REMOTE_PREFIX) || inRemote && /[./\\]/.test(ref)) {
    let target;
    try {
      target = ref.startsWith(REMOTE_PREFIX) ? parseRemoteRef(ref) : remoteRelative(parseRemoteRef(origin.file), ref);
    } catch (err) {
      throw new GateError(`extends ${err.message}`, at);
    }
    return loadRemote(target, ref, read, seen, at, remote);
  }
  if (!/[./\\]/.test(ref))
    throw new GateError(`unknown built-in pack "${ref}" (one of: ${knownPacks()}; or a path)`, {
      file,
      ...source.locate(`/extends/${index}`)
    });
  return loadFile(resolve(dirname(origin.file), ref), ref, read, seen, {
    file,
    ...source.locate(`/extends/${index}`)
  });
}
function builtinSource(file, parsed3) {
  return { file, value: structuredClone(parsed3), locate: () => ({ line: 1, column: 1 }) };
}
async function sourceOf(text, file, origin) {
  let parsed3 = "builtin" in origin ? BUILTIN_PACK_VALUES[origin.builtin] : void 0;
  if (parsed3 !== void 0)
    return { source: builtinSource(file, parsed3), doc: parsed3 };
  let { parseYaml, validatePolicyDocument } = await policyFileSupport(), source = parseYaml(text, file);
  return { source, doc: validatePolicyDocument(source) };
}
async function fromText(text, file, origin, read, seen, remote) {
  let key = "file" in origin ? origin.file : file;
  if (seen.has(key)) throw new GateError("extends itself (a cycle of extends)", { file });
  let { source, doc } = await sourceOf(text, file, origin);
  checkUniqueRuleIds(doc, source);
  let nextSeen = new Set(seen).add(key), bases = [];
  for (let [i, ref] of (doc.extends ?? []).entries())
    bases.push(await loadBase(ref, i, source, origin, nextSeen, read, remote));
  let controls = mergeByKey([
    ...bases.map((b) => b.controls.map((c) => [c.name, c])),
    locatedErrors(source, "/controls", () => compileControls(doc.controls ?? {})).map(
      (c) => [c.name, c]
    )
  ]), own = (doc.rules ?? []).map((r, i) => compileRule(r, file, origin, source, i));
  checkControlRefs(doc, controls, source);
  let assets = mergeByKey([
    ...bases.map((b) => b.assets.map((a) => [a.spec.name, a])),
    locatedErrors(source, "/assets", () => compileAssets(doc.assets ?? [])).map(
      (a) => [a.spec.name, a]
    )
  ]), rules = mergeByKey([
    ...bases.map((b) => b.rules.map((r) => [r.id, r])),
    own.map((r) => [r.id, r])
  ]), waivers = [...bases.flatMap((b) => b.waivers), ...compileWaivers(doc, source)];
  checkWaiverRefs(doc, rules, assets, source);
  let last = bases.at(-1);
  return {
    source: file,
    origin,
    rules,
    assets,
    controls,
    waivers,
    defaultClassification: doc["default-classification"] ?? last?.defaultClassification ?? DEFAULT_CLASSIFICATION,
    require: mergeRequirements([...bases.map((b) => b.require), requirements(doc)]),
    settings: {
      ...bases.reduce((acc, b) => ({ ...acc, ...b.settings }), DEFAULT_SETTINGS),
      ...definedSettings(doc)
    },
    ...deadlinesAndBudgets(bases, doc, source, { assets, controls })
  };
}
function requirements(doc) {
  let r = doc.require ?? {}, out = {};
  return r.layers && (out.layers = r.layers), r["max-report-age"] !== void 0 && (durationMs(r["max-report-age"]), out.maxReportAge = r["max-report-age"]), r.timestamps !== void 0 && (out.timestamps = r.timestamps), r.classifications && (out.classifications = r.classifications), r["image-digest"] !== void 0 && (out.imageDigest = r["image-digest"]), r.commit !== void 0 && (out.commit = r.commit), out;
}
function mergeRequirements(layers) {
  return layers.reduce((acc, r) => {
    let merged = { ...acc, ...r };
    return acc.classifications && r.classifications && (merged.classifications = { ...acc.classifications, ...r.classifications }), merged;
  }, {});
}
function definedSettings(doc) {
  let s = doc.settings ?? {}, out = {};
  return s["fail-on"] && (out.failOn = s["fail-on"]), s["unknown-severity"] && (out.unknownSeverity = s["unknown-severity"]), s["default-action"] && (out.defaultAction = s["default-action"]), s["max-waiver-days"] !== void 0 && (out.maxWaiverDays = s["max-waiver-days"]), s["scanner-suppressions"] && (out.scannerSuppressions = s["scanner-suppressions"]), s["waiver-approvers"] && (out.waiverApprovers = s["waiver-approvers"]), out;
}
function mergeByKey(layers) {
  let byKey = /* @__PURE__ */ new Map();
  for (let layer of layers) for (let [k, v] of layer) byKey.set(k, v);
  return [...byKey.values()];
}

// src/io/remote-policy.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join } from "node:path";
var MAX_PACK_BYTES = 1024 * 1024, TIMEOUT_MS = 3e4, ATTEMPTS = 3;
function githubReader(options) {
  let api = (options.apiUrl || "https://api.github.com").replace(/\/+$/, ""), once = async (path) => {
    let doFetch = options.fetch ?? fetch;
    try {
      return await doFetch(`${api}${path}`, {
        headers: {
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "ztgate",
          ...options.token ? { authorization: `token ${options.token}` } : {}
        },
        signal: AbortSignal.timeout(TIMEOUT_MS)
      });
    } catch (err) {
      return err;
    }
  }, get = async (path) => {
    let delay = options.retryDelayMs ?? 1e3;
    for (let attempt = 1; ; attempt++) {
      let res = await once(path);
      if ((res instanceof Error || res.status >= 500 || res.status === 429) && attempt < ATTEMPTS) {
        await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 1)));
        continue;
      }
      if (res instanceof Error)
        throw new Error(`cannot be reached: the GitHub API is unreachable (${res.message})`);
      if (res.ok) return res.json();
      throw Object.assign(new Error(refusal(res.status, !!options.token)), {
        status: res.status
      });
    }
  };
  return async (ref) => {
    let repo = `/repos/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.repo)}`, commit = isFullSha(ref.ref) ? ref.ref.toLowerCase() : await resolveCommit(get, repo, ref);
    isFullSha(ref.ref) || options.log?.(
      printableLine(
        `ztgate: ${remoteName(ref)} is commit ${commit} (a branch or tag can move: pin the SHA)`
      )
    );
    let cached = options.cacheDir ? readCached(options.cacheDir, ref, commit) : void 0;
    if (cached !== void 0) return { text: cached, commit };
    let path = encodeURIComponent(ref.path), pack = { text: contentText(await get(`${repo}/contents/${path}?ref=${commit}`)), commit };
    return options.cacheDir && writeCached(options.cacheDir, ref, pack), pack;
  };
}
function readerFromEnv(env, log) {
  return githubReader({
    token: env.GITHUB_TOKEN || void 0,
    apiUrl: env.GITHUB_API_URL || void 0,
    cacheDir: env.ZTGATE_POLICY_CACHE || void 0,
    log,
    retryDelayMs: retryDelayOf(env.ZTGATE_RETRY_DELAY_MS)
  });
}
function retryDelayOf(raw) {
  let ms = Number(raw);
  return raw && Number.isFinite(ms) && ms >= 0 ? ms : void 0;
}
async function resolveCommit(get, repo, ref) {
  let sha = (await get(`${repo}/commits/${encodeURIComponent(ref.ref)}`))?.sha;
  if (typeof sha != "string" || !isFullSha(sha))
    throw new Error(`was not found: ${ref.ref} resolved to no commit`);
  return sha.toLowerCase();
}
function contentText(body) {
  let b = body ?? {};
  if (Array.isArray(body) || b.type !== "file")
    throw new Error("is not a file (a directory, a symlink or a submodule)");
  if (b.encoding !== "base64" || typeof b.content != "string")
    throw new Error(`is larger than a policy may be (${MAX_PACK_BYTES} bytes) or not readable`);
  let bytes = Buffer.from(b.content, "base64");
  if (bytes.length > MAX_PACK_BYTES) throw new Error(`is larger than ${MAX_PACK_BYTES} bytes`);
  return bytes.toString("utf8");
}
function refusal(status, withToken) {
  return status === 404 ? "was not found (404): no such file at that ref, or a private repository the token " + (withToken ? "cannot read (grant it contents: read, or set policy-token)" : "cannot read (set GITHUB_TOKEN)") : status === 401 || status === 403 ? `was refused (${status}): the token cannot read that repository (contents: read; the action's policy-token input)` : `cannot be read: the GitHub API answered ${status}`;
}
function cachePath(dir, ref, commit) {
  return join(dir, ref.owner, ref.repo, commit, ...ref.path.split("/"));
}
function readCached(dir, ref, commit) {
  try {
    return readFileSync(cachePath(dir, ref, commit), "utf8");
  } catch {
    return;
  }
}
function writeCached(dir, ref, pack) {
  let file = cachePath(dir, ref, pack.commit);
  mkdirSync(dirname2(file), { recursive: !0 });
  let temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, pack.text), renameSync(temp, file);
}

// src/io/policy-file.ts
import { readFileSync as readFileSync2 } from "node:fs";
var readFromDisk = (path) => readFileSync2(path, "utf8"), remoteFromProcess = (ref) => readerFromEnv(process.env, () => {
})(ref);
function loadPolicy(path, read = readFromDisk, cwd, remote = remoteFromProcess) {
  return loadPolicyWith(path, read, cwd, remote);
}
function loadOrigin(origin, read = readFromDisk) {
  return loadOriginWith(origin, read, remoteFromProcess);
}

// src/reports/read.ts
import { readFileSync as readFileSync3, statSync } from "node:fs";

// src/reports/decode.ts
function decodeText(bytes, path) {
  let text;
  if (bytes[0] === 255 && bytes[1] === 254 ? text = new TextDecoder("utf-16le").decode(bytes.subarray(2)) : bytes[0] === 254 && bytes[1] === 255 ? text = new TextDecoder("utf-16be").decode(bytes.subarray(2)) : bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? text = new TextDecoder("utf-8").decode(bytes.subarray(3)) : looksUtf16WithoutBom(bytes) ? text = new TextDecoder(bytes[0] === 0 ? "utf-16be" : "utf-16le").decode(bytes) : text = new TextDecoder("utf-8").decode(bytes), text.includes("\0"))
    throw new GateError("is a binary file, not a scanner report", { file: path });
  return text.includes("\r") ? text.replace(/\r\n?/g, `
`) : text;
}
function looksUtf16WithoutBom(bytes) {
  return bytes.length >= 4 && bytes[0] === 0 != (bytes[1] === 0);
}
function decodeReport(bytes, path) {
  let text = decodeText(bytes, path), trimmed = text.trim();
  if (trimmed === "")
    throw new GateError("is empty: an empty report is not a pass", { file: path });
  if (trimmed.startsWith("<")) return { path, text, syntax: "xml", json: void 0 };
  let json;
  try {
    json = JSON.parse(text);
  } catch (err) {
    let ndjson = tryNdjson(text, path) ?? tryConcatenated(text, path);
    if (ndjson) return { path, text, syntax: "ndjson", json: ndjson };
    throw jsonError(err, text, path);
  }
  let duplicate = duplicateKeyError(text, json, text, 0, path);
  if (duplicate) throw duplicate;
  return { path, text, syntax: "json", json };
}
function tryNdjson(text, path) {
  let values = [], duplicate;
  for (let start = 0; start < text.length; ) {
    let newline = text.indexOf(`
`, start), end = newline < 0 ? text.length : newline, line = text.slice(start, end);
    if (line.trim() !== "") {
      let value;
      try {
        value = JSON.parse(line);
      } catch {
        return;
      }
      duplicate ??= duplicateKeyError(line, value, text, start, path), values.push(value);
    }
    start = end + 1;
  }
  if (!(values.length < 2)) {
    if (duplicate) throw duplicate;
    return values;
  }
}
function tryConcatenated(text, path) {
  let spans = jsonValueSpans(text);
  if (!spans || spans.length < 2) return;
  let values = [], duplicate;
  for (let [start, end] of spans) {
    let part = text.slice(start, end), value;
    try {
      value = JSON.parse(part);
    } catch {
      return;
    }
    duplicate ??= duplicateKeyError(part, value, text, start, path), values.push(value);
  }
  if (duplicate) throw duplicate;
  return values;
}
function jsonValueSpans(text) {
  let spans = [], i = 0;
  for (; ; ) {
    for (; i < text.length && isJsonSpace(text.charCodeAt(i)); ) i++;
    if (i === text.length) return spans;
    let first = text[i];
    if (first !== "{" && first !== "[") return;
    let start = i, depth = 0;
    for (; i < text.length; i++) {
      let c = text[i];
      if (c === '"')
        for (i++; i < text.length && text[i] !== '"'; i++) text[i] === "\\" && i++;
      else if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && (depth--, depth === 0))
        break;
    }
    if (depth !== 0) return;
    spans.push([start, ++i]);
  }
}
function isJsonSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13;
}
function duplicateKeyError(part, value, text, at, path) {
  let duplicate = findDuplicateKey(part, value);
  if (!duplicate) return;
  let place = lineColumn(text, at + duplicate.offset);
  return new GateError(duplicateKeyMessage(duplicate.key), { file: path, ...place });
}
function jsonError(err, text, path) {
  let message = err instanceof Error ? err.message : String(err), m = /position (\d+)/.exec(message), offset = m ? Number(m[1]) : /end of JSON/.test(message) ? text.trimEnd().length : void 0;
  if (offset === void 0) return new GateError(`is not valid JSON (${message})`, { file: path });
  let reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/ at position \d+.*$/s, "");
  return new GateError(`is not valid JSON: ${reason}`, { file: path, ...lineColumn(text, offset) });
}

// src/reports/parsers/error-report.ts
function rejectErrorReport(input) {
  let found = errorOf(input.json);
  if (found)
    throw new GateError(
      `is an error report, not scan results: ${found.code}${found.message ? ` (${found.message})` : ""}`,
      { file: input.path },
      found.code
    );
}
function errorOf(json) {
  if (isObject(json) && isObject(json.error) && Object.keys(json).length <= 2) {
    let e = json.error;
    return { code: str(e.code) ?? "error", message: firstLine(str(e.summary) ?? str(e.message)) };
  }
  if (isObject(json) && isObject(json.error) && typeof json.statusCode == "number") {
    let summary = str(json.error.summary) || str(json.message);
    return { code: str(json.error.code) ?? `E${json.statusCode}`, message: firstLine(summary) };
  }
  let snykError = (Array.isArray(json) ? json : [json]).find(isSnykError);
  if (snykError)
    return { code: str(snykError.code) ?? "snyk-error", message: firstLine(str(snykError.error)) };
  if (Array.isArray(json) || isObject(json) && json.type === "error") {
    let lines = (Array.isArray(json) ? json : [json]).filter(isObject), error = lines.find((l) => l.type === "error"), hasData = lines.some((l) => l.type === "auditAdvisory" || l.type === "auditSummary");
    if (error && !hasData) {
      let data = str(error.data) ?? "";
      return { code: /\b(E[A-Z0-9_]{3,})\b/.exec(data)?.[1] ?? "yarn-error", message: firstLine(data) };
    }
  }
}
function isSnykError(value) {
  return isObject(value) && value.ok === !1 && typeof value.error == "string" && !("vulnerabilities" in value);
}
function firstLine(text) {
  return text?.split(`
`)[0]?.slice(0, 200);
}

// src/reports/stream/index.ts
import { closeSync, openSync, readSync as readSync6 } from "node:fs";

// src/reports/stream/elements.ts
import { readSync as readSync2 } from "node:fs";

// src/reports/stream/duplicates.ts
import { readSync } from "node:fs";
function rejectDuplicateKeys(fd, file, text, value, at) {
  let duplicate = findDuplicateKey(text, value);
  if (!duplicate) return;
  let byte = at + Buffer.byteLength(text.slice(0, duplicate.offset));
  throw duplicateKeyError2(fd, file, duplicate.key, byte);
}
function duplicateKeyError2(fd, file, key, byte) {
  return new GateError(duplicateKeyMessage(key), { file, ...placeOfByte(fd, byte) });
}
var LF = 10, CR = 13;
function placeOfByte(fd, offset) {
  let buf = Buffer.alloc(Math.min(1048576, Math.max(offset, 3))), line = 1, units = 0, afterCr = !1, position = 0;
  for (; position < offset; ) {
    let n = readSync(fd, buf, 0, Math.min(buf.length, offset - position), position);
    if (n === 0) break;
    let i = 0;
    for (position === 0 && n >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191 && (i = 3); i < n; i++) {
      let c = buf[i];
      if (c === LF || c === CR) {
        c === LF && afterCr || line++, units = 0, afterCr = c === CR;
        continue;
      }
      afterCr = !1, (c & 192) !== 128 && (units += c >= 240 ? 2 : 1);
    }
    position += n;
  }
  return { line, column: units + 1 };
}

// src/reports/stream/skeleton.ts
var StreamedArray = class {
  constructor(place) {
    this.place = place;
  }
  place;
  starts = new Float64Array(1024);
  ends = new Float64Array(1024);
  length = 0;
  span;
  get empty() {
    return this.length === 0 && !this.span;
  }
  push(start, end) {
    if (this.length === this.starts.length) {
      let grow = (a) => {
        let b = new Float64Array(a.length * 2);
        return b.set(a), b;
      };
      this.starts = grow(this.starts), this.ends = grow(this.ends);
    }
    this.starts[this.length] = start, this.ends[this.length++] = end;
  }
}, LayoutMismatch = class extends Error {
  constructor() {
    super("a streamed array is not laid out as its indentation suggested");
  }
}, NotWorthStreaming = class extends Error {
  constructor() {
    super("most of the document is read whole");
  }
}, NotOneDocument = class extends Error {
  constructor() {
    super("more than one JSON value");
  }
};
function mb(bytes) {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

// src/reports/stream/elements.ts
var BLOCK_BYTES = 1 << 20, OPEN = 91, CLOSE = 93;
function elementBatches(fd, array, file, blockBytes = BLOCK_BYTES, position = { bytes: 0 }) {
  return array.span ? spanBatches(fd, array.span, file, blockBytes, position) : rangeBatches(fd, array, file, blockBytes, position);
}
function* rangeBatches(fd, array, file, blockBytes, position) {
  let buf = Buffer.alloc(blockBytes + 2), i = 0;
  for (; i < array.length; ) {
    let blockStart = array.starts[i], j = i + 1;
    for (; j < array.length && array.ends[j] - blockStart <= blockBytes; ) j++;
    let size = array.ends[j - 1] - blockStart;
    size + 2 > buf.length && (buf = Buffer.alloc(size + 2)), readSync2(fd, buf, 1, size, blockStart);
    let block;
    try {
      block = parseBlock(buf, size);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the elements from byte ${blockStart})`,
        { file }
      );
    }
    let batch = block.elements;
    if (rejectDuplicateKeys(fd, file, block.text, batch, blockStart - 1), batch.length !== j - i)
      throw new GateError(`is not valid JSON: elements from byte ${blockStart} are malformed`, {
        file
      });
    position.bytes = array.ends[j - 1], yield batch, i = j;
  }
}
function* spanBatches(fd, span, file, blockBytes, position) {
  let { separator } = span, buf = Buffer.alloc(blockBytes + 2), start = span.start;
  for (; start < span.end; ) {
    let size = Math.min(blockBytes, span.end - start), cut;
    for (; ; ) {
      if (size + 2 > buf.length && (buf = Buffer.alloc(size + 2)), readSync2(fd, buf, 1, size, start), start + size === span.end) {
        cut = size;
        break;
      }
      let at = buf.subarray(1, size + 1).lastIndexOf(separator);
      if (at >= 0) {
        cut = at + 1;
        break;
      }
      size = Math.min(size * 2, span.end - start);
    }
    let block;
    try {
      block = parseBlock(buf, cut);
    } catch {
      throw new LayoutMismatch();
    }
    rejectDuplicateKeys(fd, file, block.text, block.elements, start - 1), position.bytes = start + cut, yield block.elements, start += cut - 1 + separator.length - 1;
  }
}
function parseBlock(buf, size) {
  buf[0] = OPEN, buf[size + 1] = CLOSE;
  let text = buf.toString("utf8", 0, size + 2);
  return { text, elements: JSON.parse(text) };
}

// src/reports/stream/paths.ts
var ANY_INDEX = /* @__PURE__ */ Symbol("[]");
function compilePattern(text) {
  let out = [];
  for (let part of text.split(".")) {
    let m = /^([^[\]]*)((?:\[\])*)$/.exec(part);
    if (!m) throw new Error(`invalid stream path "${text}"`);
    m[1] && out.push(m[1]);
    for (let i = 0; i < (m[2]?.length ?? 0) / 2; i++) out.push(ANY_INDEX);
  }
  return out;
}
function segmentMatches(segment, key) {
  return segment === ANY_INDEX ? typeof key == "number" : segment === key;
}
function roleOf(place, patterns) {
  let role = "whole";
  for (let pattern of patterns) {
    if (place.length > pattern.length) continue;
    let matches = !0;
    for (let i = 0; i < place.length; i++)
      if (!segmentMatches(pattern[i], place[i])) {
        matches = !1;
        break;
      }
    if (matches) {
      if (place.length === pattern.length) return "stream";
      role = "walk";
    }
  }
  return role;
}
function describePlace(place) {
  return "$" + place.map((k) => typeof k == "number" ? `[${k}]` : `.${k}`).join("");
}

// src/reports/stream/sample.ts
function sampleOf(fd, skeleton, input) {
  let copies = /* @__PURE__ */ new WeakSet(), json = skeleton.value;
  for (let array of skeleton.arrays) {
    if (array.empty) continue;
    let first = elementBatches(fd, array, input.path, 1).next();
    first.done || (json = withElements(json, array.place, 0, first.value.slice(0, 1), copies));
  }
  return { ...input, json };
}
function withElements(node, place, depth, elements, copies) {
  if (depth === place.length) return elements;
  let own = node, copy = copies.has(own) ? own : Array.isArray(own) ? [...own] : { ...own };
  copies.add(copy);
  let key = place[depth];
  return copy[key] = withElements(
    own[key],
    place,
    depth + 1,
    elements,
    copies
  ), copy;
}

// src/reports/stream/scan.ts
import { readSync as readSync5 } from "node:fs";

// src/reports/stream/layout.ts
import { readSync as readSync3 } from "node:fs";
function arrayLayout(fd, fileStart, open, first) {
  let gap = first - open - 1;
  if (gap < 1 || gap > 256) return;
  let before = Math.max(fileStart, open - 256), bytes = Buffer.alloc(first - before);
  readSync3(fd, bytes, 0, bytes.length, before);
  let lead = bytes.subarray(open + 1 - before);
  if (lead[0] !== 10 && !(lead[0] === 13 && lead[1] === 10)) return;
  let line = bytes.lastIndexOf(10, open - before);
  if (line < 0 && before > fileStart) return;
  let indent = line + 1;
  for (; bytes[indent] === 32 || bytes[indent] === 9; ) indent++;
  let eol = lead[0] === 13 ? `\r
` : `
`;
  return {
    separator: Buffer.concat([Buffer.from("},"), lead, Buffer.from("{")]),
    close: Buffer.concat([
      Buffer.from("}" + eol),
      bytes.subarray(line + 1, indent),
      Buffer.from("]")
    ])
  };
}
function searchFile(fd, buf, needle, position) {
  for (; ; ) {
    let n = readSync3(fd, buf, 0, buf.length, position), at = indexOfNeedle(buf, n, needle, 0);
    if (at >= 0) return position + at;
    if (n < buf.length) return -1;
    position += n - needle.length;
  }
}
function indexOfNeedle(buf, n, needle, from) {
  let last = needle.length - 1;
  for (let q = from + last; q < n; q++) {
    if (q = buf.indexOf(needle[last], q), q < 0 || q >= n) return -1;
    let k = 1;
    for (; k <= last && buf[q - k] === needle[last - k]; ) k++;
    if (k > last) return q - last;
  }
  return -1;
}

// src/reports/stream/whole.ts
import { readSync as readSync4 } from "node:fs";
var MAX_WORTH_STREAMING_VALUES = 2e4, WholeValues = class {
  constructor(fd, options) {
    this.fd = fd;
    this.options = options;
  }
  fd;
  options;
  bytes = 0;
  values = 0;
  /** Throws NotWorthStreaming once the budget is spent, counting `pending` bytes of a value
   * still being read (a huge one gives up before its end). */
  check(pending) {
    let limit = this.options.readWholeAbove;
    if (limit !== void 0 && (this.bytes + pending > limit || this.values > MAX_WORTH_STREAMING_VALUES))
      throw new NotWorthStreaming();
  }
  /** The value in bytes [start, end) of the file; `place` names it for an error. */
  parse(chunk, start, end, place) {
    let { file, maxWholeBytes } = this.options;
    if (this.check(end - start), this.bytes += end - start, this.values++, end - start > maxWholeBytes)
      throw new GateError(
        `cannot be streamed: ${place()} is ${mb(end - start)} and is not one of the arrays ztgate reads element by element (see docs/design.md, Performance)`,
        { file }
      );
    let text;
    if (start >= chunk.base && end <= chunk.base + chunk.n)
      text = chunk.buf.toString("utf8", start - chunk.base, end - chunk.base);
    else {
      let bytes = Buffer.alloc(end - start);
      readSync4(this.fd, bytes, 0, bytes.length, start), text = bytes.toString("utf8");
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new GateError(
        `is not valid JSON: ${err.message} (in the value at byte ${start})`,
        { file }
      );
    }
    return rejectDuplicateKeys(this.fd, file, text, value, start), value;
  }
};

// src/reports/stream/skip.ts
var STRUCTURAL = new Uint8Array(256);
for (let c of [34, 123, 125, 91, 93]) STRUCTURAL[c] = 1;
var ValueSkipper = class {
  depth = 0;
  /** The previous chunk ended inside a string of the value. */
  inString = !1;
  /** The previous chunk ended inside a string on an unpaired backslash. */
  escape = !1;
  /** A value read whole starts: its "{" or "[" has just been read. */
  enter() {
    this.depth = 1, this.inString = !1;
  }
  /**
   * Index just past the bracket that closes the value, or -1 when the value goes on past
   * buf[n) into the next chunk.
   */
  skipNested(buf, n, from) {
    let i = from;
    if (this.inString) {
      let q = this.skipString(buf, n, i);
      if (q < 0) return -1;
      this.inString = !1, i = q + 1;
    }
    for (; i < n; ) {
      for (; i < n && STRUCTURAL[buf[i]] === 0; ) i++;
      if (i === n) break;
      let c = buf[i];
      if (c === 34) {
        let q = this.skipString(buf, n, i + 1);
        if (q < 0)
          return this.inString = !0, -1;
        i = q + 1;
        continue;
      }
      if (c === 123 || c === 91) this.depth++;
      else if ((c === 125 || c === 93) && --this.depth === 0) return i + 1;
      i++;
    }
    return -1;
  }
  /** Index of the quote that closes the string, or -1 when it goes on into the next chunk. */
  skipString(buf, n, from) {
    let i = from;
    for (this.escape && (this.escape = !1, i++); ; ) {
      let q = i < n ? buf.indexOf(34, i) : -1;
      q >= n && (q = -1);
      let stop = q === -1 ? n : q, run = 0;
      for (let k = stop - 1; k >= i && buf[k] === 92; k--) run++;
      if (q === -1)
        return this.escape = run % 2 === 1, -1;
      if (run % 2 === 0) return q;
      i = q + 1;
    }
  }
};

// src/reports/stream/scan.ts
var COMMA = 44, COLON = 58, CHUNK_BYTES = 8 << 20;
var isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9, isScalarEnd = (c) => c === COMMA || c === 125 || c === 93 || isSpace(c);
function scanDocument(fd, options) {
  return new Scanner(fd, options).run();
}
var Scanner = class {
  constructor(fd, options) {
    this.fd = fd;
    this.options = options;
    this.buf = Buffer.alloc(options.chunkBytes ?? CHUNK_BYTES), this.whole = new WholeValues(fd, options);
  }
  fd;
  options;
  stack = [];
  arrays = [];
  root;
  state = 0 /* Value */;
  allowClose = !1;
  /** Start of the value (or key) being read whole. */
  valueStart = 0;
  /** Strings and nesting inside a value read whole, across chunks. */
  skipper = new ValueSkipper();
  buf;
  base = 0;
  n = 0;
  searchBuf;
  /** Parses and counts the values (and keys) read whole. */
  whole;
  /** An array was located by its indentation: errors may come from that guess. */
  jumped = !1;
  run() {
    try {
      return this.scan();
    } catch (err) {
      throw this.jumped && !(err instanceof NotWorthStreaming) ? new LayoutMismatch() : err;
    }
  }
  scan() {
    let position = this.options.start;
    for (; ; ) {
      let n = readSync5(this.fd, this.buf, 0, this.buf.length, position);
      if (n === 0) break;
      this.base = position, this.n = n, position = this.scanChunk(), this.whole.check(this.readingWhole() ? position - this.valueStart : 0);
    }
    if (this.state === 7 /* WholeScalar */ && this.stack.length === 0 && this.endWhole(position), this.state !== 8 /* Done */)
      throw new GateError(`is not valid JSON: unexpected end of input at byte ${position}`, {
        file: this.options.file
      });
    return { value: this.root, arrays: this.arrays };
  }
  /** Scans the chunk in `buf`; returns where in the file to read on from. */
  scanChunk() {
    let { buf, n } = this, i = 0;
    for (; i < n; )
      switch (this.state) {
        case 5 /* Whole */: {
          let end = this.skipper.skipNested(buf, n, i);
          if (end < 0) return this.base + n;
          i = end, this.endWhole(this.base + end);
          break;
        }
        case 6 /* WholeString */:
        case 3 /* KeyString */: {
          let q = this.skipper.skipString(buf, n, i);
          if (q < 0) return this.base + n;
          i = q + 1, this.state === 3 /* KeyString */ ? this.endKey(this.base + i) : this.endWhole(this.base + i);
          break;
        }
        case 7 /* WholeScalar */:
          for (; i < n && !isScalarEnd(buf[i]); ) i++;
          i < n && this.endWhole(this.base + i);
          break;
        default: {
          let c = buf[i];
          if (isSpace(c)) {
            i++;
            continue;
          }
          if (c === 123 && this.state === 0 /* Value */) {
            let after = this.jumpOver(i);
            if (after >= this.base + n) return after;
            if (after >= 0) {
              i = after - this.base;
              continue;
            }
          }
          i = this.structural(c, i);
        }
      }
    return this.base + n;
  }
  /** One significant byte outside any value being read whole. */
  structural(c, i) {
    switch (this.state) {
      case 0 /* Value */:
        return this.allowClose && c === 93 ? this.close(c, i) : (this.startValue(c, i), i + 1);
      case 2 /* Key */:
        return this.allowClose && c === 125 ? this.close(c, i) : (c !== 34 && this.unexpected(c, i), this.valueStart = this.base + i, this.state = 3 /* KeyString */, i + 1);
      case 4 /* Colon */:
        return c !== COLON && this.unexpected(c, i), this.state = 0 /* Value */, this.allowClose = !1, i + 1;
      case 1 /* AfterValue */: {
        let top = this.stack[this.stack.length - 1];
        return top ? c === COMMA ? (this.state = Array.isArray(top.container) ? 0 /* Value */ : 2 /* Key */, this.allowClose = !1, i + 1) : this.close(c, i) : this.unexpected(c, i);
      }
      case 8 /* Done */:
        throw new NotOneDocument();
      default:
        return this.unexpected(c, i);
    }
  }
  startValue(c, i) {
    let top = this.stack[this.stack.length - 1];
    if (this.valueStart = this.base + i, !top?.streamed && (c === 123 || c === 91)) {
      let place = top ? [...top.place, placeKey(top)] : [], role = roleOf(place, this.options.patterns);
      if (role === "walk" || role === "stream" && c === 91) {
        let container = c === 123 ? {} : [], frame = { container, place, key: "", openAt: this.base + i };
        role === "stream" && (frame.streamed = new StreamedArray(place), this.arrays.push(frame.streamed)), this.assign(container), this.stack.push(frame), this.state = c === 123 ? 2 /* Key */ : 0 /* Value */, this.allowClose = !0;
        return;
      }
    }
    c === 123 || c === 91 ? (this.state = 5 /* Whole */, this.skipper.enter()) : c === 34 ? this.state = 6 /* WholeString */ : c === 125 || c === 93 || c === COMMA || c === COLON ? this.unexpected(c, i) : this.state = 7 /* WholeScalar */;
  }
  close(c, i) {
    let top = this.stack.pop(), want = top && Array.isArray(top.container) ? 93 : 125;
    return !top || c !== want ? this.unexpected(c, i) : (this.afterValue(), i + 1);
  }
  afterValue() {
    this.state = this.stack.length === 0 ? 8 /* Done */ : 1 /* AfterValue */, this.allowClose = !1;
  }
  /**
   * At the first element of a streamed array, when it is an object: finds the array's end
   * from the indentation instead of walking the elements. A pretty-printer puts the array's
   * "]" on a line of its own, indented like the line of its "[", right after the last
   * element's "}"; and no line inside the array is indented that little. Raw newlines cannot
   * occur inside JSON strings, so "}\n<indent>]" is found by a native search (see
   * indexOfNeedle). Returns the position after the last element, or -1 when the array does
   * not look pretty-printed (it is then walked as before).
   */
  jumpOver(i) {
    let top = this.stack[this.stack.length - 1], array = top?.streamed;
    if (!top || !array || !array.empty || this.options.byLayout === !1) return -1;
    let start = this.base + i, layout = arrayLayout(this.fd, this.options.start, top.openAt, start);
    if (!layout) return -1;
    let at = this.find(layout.close, start);
    return at < 0 ? -1 : (array.span = { start, end: at + 1, separator: layout.separator }, this.jumped = !0, this.state = 1 /* AfterValue */, this.allowClose = !1, at + 1);
  }
  /** The first position of `needle` in the file at or after `from` (which is in the current
   * chunk), or -1. */
  find(needle, from) {
    let at = indexOfNeedle(this.buf, this.n, needle, from - this.base);
    return at >= 0 ? this.base + at : this.n < this.buf.length ? -1 : (this.searchBuf ??= Buffer.alloc(Math.max(this.buf.length, 65536)), searchFile(this.fd, this.searchBuf, needle, this.base + this.n - needle.length));
  }
  endKey(end) {
    let top = this.stack[this.stack.length - 1], key = this.parseRange(this.valueStart, end);
    if (Object.hasOwn(top.container, key))
      throw duplicateKeyError2(this.fd, this.options.file, key, this.valueStart);
    top.key = key, this.state = 4 /* Colon */;
  }
  endWhole(end) {
    let top = this.stack[this.stack.length - 1];
    top?.streamed ? (top.streamed.push(this.valueStart, end), top.key = "") : this.assign(this.parseRange(this.valueStart, end)), this.afterValue();
  }
  /** Puts a value into the container on top of the stack (or makes it the document). */
  assign(value) {
    let top = this.stack[this.stack.length - 1];
    top ? Array.isArray(top.container) ? top.container.push(value) : top.key === "__proto__" ? Object.defineProperty(top.container, top.key, {
      value,
      writable: !0,
      enumerable: !0,
      configurable: !0
    }) : top.container[top.key] = value : this.root = value;
  }
  /** Inside a value read whole (not a streamed element, which is only located). */
  readingWhole() {
    let { state } = this;
    return (state === 5 /* Whole */ || state === 6 /* WholeString */ || state === 7 /* WholeScalar */) && !this.stack[this.stack.length - 1]?.streamed;
  }
  parseRange(start, end) {
    let chunk = { buf: this.buf, base: this.base, n: this.n };
    return this.whole.parse(chunk, start, end, () => {
      let top = this.stack[this.stack.length - 1];
      return top ? describePlace([...top.place, placeKey(top)]) : "$";
    });
  }
  unexpected(c, i) {
    throw new GateError(
      `is not valid JSON: unexpected "${String.fromCharCode(c)}" at byte ${this.base + i}`,
      { file: this.options.file }
    );
  }
};
function placeKey(frame) {
  return Array.isArray(frame.container) ? frame.container.length : frame.key;
}

// src/reports/stream/index.ts
var MAX_WHOLE_BYTES = 256 * 2 ** 20, READ_WHOLE_FALLBACK_BYTES = 128 * 2 ** 20, MAX_STRING_BYTES = 536870888;
function streamReport(path, size, parsers, detect, limits = {}, file = path, onProgress) {
  try {
    return streamOnce(path, size, parsers, detect, limits, !0, file, onProgress);
  } catch (err) {
    if (!(err instanceof LayoutMismatch)) throw err;
    return streamOnce(path, size, parsers, detect, limits, !1, file, onProgress);
  }
}
function streamOnce(path, size, parsers, detect, limits, byLayout, file, onProgress) {
  let readWholeUpTo = limits.readWholeUpTo ?? MAX_STRING_BYTES, fd = openSync(file, "r");
  try {
    let start = jsonStart(fd);
    if (start === void 0) {
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of UTF-16 or XML: too large to read whole, and only UTF-8 JSON is streamed`,
        { file: path }
      );
    }
    let patterns = parsers.flatMap((p) => (p.stream?.arrays ?? []).map(compilePattern)), skeleton;
    try {
      skeleton = scanDocument(fd, {
        file: path,
        start,
        patterns,
        maxWholeBytes: MAX_WHOLE_BYTES,
        byLayout,
        readWholeAbove: readWholeAbove(size, readWholeUpTo, limits)
      });
    } catch (err) {
      if (err instanceof NotWorthStreaming) return;
      if (!(err instanceof NotOneDocument)) throw err;
      if (size <= readWholeUpTo) return;
      throw new GateError(
        `is ${mb(size)} of several JSON values (NDJSON): too large to read whole, and only single JSON documents are streamed`,
        { file: path }
      );
    }
    try {
      return parseSkeleton(fd, path, size, skeleton, detect, readWholeUpTo, limits, onProgress);
    } catch (err) {
      throw skeleton.arrays.some((a) => a.span) ? new LayoutMismatch() : err;
    }
  } finally {
    closeSync(fd);
  }
}
function parseSkeleton(fd, path, size, skeleton, detect, readWholeUpTo, limits, onProgress) {
  let input = { path, text: "", syntax: "json", json: skeleton.value }, parser = detect(sampleOf(fd, skeleton, input));
  if (!parser.stream && size <= readWholeUpTo) return;
  let own = (parser.stream?.arrays ?? []).map(compilePattern);
  for (let array of skeleton.arrays)
    if (!array.empty && !own.some((p) => matchesExactly(p, array.place)))
      throw new GateError(
        `is ${mb(size)}, too large to read whole, and ${parser.id} reports cannot be streamed at ${describePlace(array.place)}`,
        { file: path }
      );
  let findings = parser.parse(input), position = { bytes: 0 };
  for (let array of skeleton.arrays)
    for (let batch of elementBatches(fd, array, path, limits.blockBytes, position)) {
      let json = withBatch(skeleton.value, array.place, 0, batch);
      for (let f of parser.parse({ ...input, json })) findings.push(f);
      onProgress?.(position.bytes, findings.length);
    }
  let merge = parser.stream?.merge;
  return { parser, input, findings: merge ? merge(findings) : findings };
}
function readWholeAbove(size, readWholeUpTo, limits) {
  if (limits.readWholeFallback !== !1 && !(size > Math.min(readWholeUpTo, READ_WHOLE_FALLBACK_BYTES)))
    return size / 4;
}
function jsonStart(fd) {
  let head = Buffer.alloc(4), n = readSync6(fd, head, 0, 4, 0);
  if (head[0] === 255 && head[1] === 254 || head[0] === 254 && head[1] === 255 || n >= 2 && (head[0] === 0 || head[1] === 0)) return;
  let bom = head[0] === 239 && head[1] === 187 && head[2] === 191 ? 3 : 0, first = bom;
  for (; first < n && [32, 10, 13, 9].includes(head[first]); ) first++;
  return head[first] === 60 ? void 0 : bom;
}
function matchesExactly(pattern, place) {
  return pattern.length === place.length && pattern.every((s, i) => typeof s == "string" ? s === place[i] : typeof place[i] == "number");
}
function withBatch(node, place, depth, batch) {
  if (depth === place.length) return batch;
  let key = place[depth];
  if (typeof key == "number")
    return [withBatch(node[key], place, depth + 1, batch)];
  let obj = node;
  return { ...obj, [key]: withBatch(obj[key], place, depth + 1, batch) };
}

// src/reports/read.ts
var STREAM_ABOVE_BYTES = 16 * 2 ** 20;
function parseReportArg(arg) {
  let m = /^([a-z][a-z0-9-]+):(.+)$/.exec(arg);
  return m && m[1] && m[2] && m[1].length > 1 ? { format: m[1], path: m[2] } : { path: arg };
}
function reportSize(file, path = file) {
  try {
    let stat = statSync(file);
    if (stat.isDirectory()) throw new GateError("is a directory, not a report", { file: path });
    return stat.size;
  } catch (err) {
    throw readError(err, path);
  }
}
function readError(err, path) {
  if (err instanceof GateError) return err;
  let code = err.code, why = code === "ENOENT" ? "does not exist" : `cannot be read (${code ?? String(err)})`;
  return new GateError(`report ${why}: a missing report is not a pass`, { file: path });
}
function readReport(request) {
  let { path } = request, file = request.file ?? path;
  reportSize(file, path);
  let bytes;
  try {
    bytes = readFileSync3(file);
  } catch (err) {
    throw readError(err, path);
  }
  return decodeReport(bytes, path);
}
function parseWith(input, forcedFormat) {
  rejectErrorReport(input);
  let parser = detectParser(input, forcedFormat);
  return { report: reportOf(parser, input, parser.parse(input)), parser };
}
function reportOf(parser, input, findings) {
  parser.checkTotals?.(input, findings);
  let createdAt = parser.timestamp?.(input)?.toISOString();
  return { path: input.path, format: parser.id, findings, ...createdAt ? { createdAt } : {} };
}
var NO_SUBJECT = { images: [], digests: [], revisions: [] };
function evidenceOf(parser, input, report) {
  return {
    ...report,
    layers: reportLayers(parser, input, report.findings),
    subject: parser.subject?.(input) ?? NO_SUBJECT,
    timestamped: parser.timestamp !== void 0
  };
}
function reportLayers(parser, input, findings) {
  let scanned = parser.coverage?.(input) ?? (parser.layers.length === 1 ? parser.layers : []), found = /* @__PURE__ */ new Set([...scanned, ...findings.map((f) => f.layer)]);
  return LAYERS.filter((l) => found.has(l));
}
function loadReport(request) {
  return loadWith(request, STREAM_ABOVE_BYTES).report;
}
function loadEvidence(request, onProgress) {
  return loadEvidenceStreamingAbove(request, STREAM_ABOVE_BYTES, {}, onProgress);
}
function loadEvidenceStreamingAbove(request, streamAbove, limits = {}, onProgress) {
  let { report, parser, input } = loadWith(request, streamAbove, limits, onProgress);
  return evidenceOf(parser, input, report);
}
function loadWith(request, streamAbove, limits = {}, onProgress) {
  let size = reportSize(request.file ?? request.path, request.path);
  if (size > streamAbove) {
    let detect = (skeleton) => (rejectErrorReport(skeleton), detectParser(skeleton, request.format)), streamed = streamReport(
      request.path,
      size,
      PARSERS,
      detect,
      limits,
      request.file,
      onProgress
    );
    if (streamed) {
      let { parser, input: input2, findings } = streamed;
      return { report: reportOf(parser, input2, findings), parser, input: input2 };
    }
  }
  let input = readReport(request);
  return { ...parseWith(input, request.format), input };
}

// src/run.ts
import { realpathSync, statSync as statSync2 } from "node:fs";
import { isAbsolute, relative, resolve as resolve3, sep as sep2 } from "node:path";

// src/io/globs.ts
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";
var GLOB_CHARS = /[*?[\]{}]/, SKIPPED_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
function isGlob(pattern) {
  return GLOB_CHARS.test(pattern);
}
function expandGlob(pattern, cwd) {
  if (!isGlob(pattern)) return [pattern];
  let normalised = pattern.replace(/\\/g, "/"), parts = normalised.split("/"), firstGlob = parts.findIndex((p) => GLOB_CHARS.test(p)), base = parts.slice(0, firstGlob).join("/") || (normalised.startsWith("/") ? "/" : "."), matcher;
  try {
    matcher = compileGlob(normalised);
  } catch (err) {
    throw new GateError(`invalid report pattern: ${err.message}`);
  }
  let found = [], walk = (dir, depth) => {
    if (depth > 32) return;
    let entries;
    try {
      entries = readdirSync(join2(cwd, dir), { withFileTypes: !0 });
    } catch {
      return;
    }
    for (let entry of entries) {
      let rel = dir === "." ? entry.name : `${dir}/${entry.name}`;
      entry.isDirectory() ? SKIPPED_DIRS.has(entry.name) || walk(rel, depth + 1) : entry.isFile() && matcher.match(rel) && found.push(rel);
    }
  };
  if (walk(base, 0), found.length === 0)
    throw new GateError(`no report matches the pattern "${pattern}": expected evidence is missing`);
  return found.sort();
}

// src/io/repo-root.ts
import { spawnSync } from "node:child_process";
import { dirname as dirname3, resolve as resolve2, sep } from "node:path";
function chooseRoot({ cwd, policyFile, workspace }, topLevel) {
  if (workspace) return resolve2(cwd, workspace);
  let policyDir = policyFile === void 0 ? void 0 : dirname3(resolve2(cwd, policyFile));
  return (policyDir === void 0 ? void 0 : topLevel(policyDir)) ?? topLevel(cwd) ?? policyDir ?? resolve2(cwd);
}
function dirsUpTo(dir, top) {
  let start = resolve2(dir);
  if (top === void 0) return [start];
  let end = resolve2(top);
  if (start !== end && !start.startsWith(end.endsWith(sep) ? end : end + sep)) return [start];
  let dirs = [start];
  for (let d = start; d !== end; )
    d = dirname3(d), dirs.push(d);
  return dirs;
}
var GIT_LOCATION_VARIABLES = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_COMMON_DIR"];
function gitEnvironment() {
  let env = { ...process.env };
  for (let name of GIT_LOCATION_VARIABLES) delete env[name];
  return env;
}
var gitTopLevel = (dir) => {
  let r = spawnSync("git", ["rev-parse", "--show-toplevel"], {
    cwd: dir,
    env: gitEnvironment(),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    timeout: 1e4
  }), top = r.status === 0 ? r.stdout.replace(/\r?\n$/, "") : "";
  return top === "" ? void 0 : resolve2(top);
};

// src/io/policy-discovery.ts
import { existsSync } from "node:fs";
import { join as join3 } from "node:path";
var POLICY_FILE_NAMES = ["ztgate.yml", ".ztgate.yml"];
function pickPolicyFile(dir, present, where = "") {
  let found = POLICY_FILE_NAMES.filter((_, i) => present[i]).map((n) => join3(dir, n));
  if (found.length > 1)
    throw new GateError(
      `both ${found.join(" and ")} exist${where}: keep one (ztgate would otherwise use one and ignore the other)`,
      { file: found[0] }
    );
  return found[0];
}
function discoverPolicy(cwd, topLevel) {
  let inDir = (dir) => pickPolicyFile(
    dir,
    POLICY_FILE_NAMES.map((n) => existsSync(join3(dir, n)))
  );
  return inDir(cwd) ?? dirsUpTo(cwd, topLevel(cwd)).slice(1).map(inDir).find(Boolean);
}
async function discoverPolicyWith(cwd, top, exists, where) {
  for (let dir of dirsUpTo(cwd, top)) {
    let present = [];
    for (let name of POLICY_FILE_NAMES) present.push(await exists(join3(dir, name)));
    let file = pickPolicyFile(dir, present, where);
    if (file) return file;
  }
}

// src/run.ts
function findPolicyPath(explicit, cwd, topLevel = gitTopLevel) {
  return explicit || discoverPolicy(cwd, topLevel);
}
function locateRepository(explicit, cwd, workspace, topLevel = gitTopLevel) {
  let policyPath = findPolicyPath(explicit, cwd, topLevel), policyFile = policyPath?.startsWith(BUILTIN_PREFIX) ? void 0 : policyPath;
  return { policyPath, root: chooseRoot({ cwd, policyFile, workspace }, topLevel) };
}
function resolveReportArgs(args, cwd, root) {
  return args.flatMap((arg) => {
    let request = parseReportArg(arg);
    return expandGlob(request.path, cwd).map((path) => {
      let file = resolve3(cwd, path);
      return { ...request, path: root === void 0 ? path : reportName(file, root), file };
    });
  });
}
function reportName(file, root) {
  let rel = repositoryRelative(file, root) ?? repositoryRelative(realPath(file), root);
  return rel === void 0 ? file : rel.split(sep2).join("/");
}
function repositoryRelative(file, root) {
  let rel = relative(root, file);
  return rel !== "" && rel !== ".." && !rel.startsWith(`..${sep2}`) && !isAbsolute(rel) ? rel : void 0;
}
function realPath(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
function fileSize(file) {
  try {
    return statSync2(file).size;
  } catch {
    return 0;
  }
}
function runCheck({
  reports,
  policy,
  now,
  root,
  binding,
  onReport,
  onRead,
  unapproved,
  firstSeen
}) {
  let parsed3 = reports.map((request, i) => {
    onReport?.(i, reports.length, request.path);
    let size = onRead ? fileSize(request.file ?? request.path) : 0;
    return loadEvidence(request, onRead && ((bytes, found) => onRead(bytes, size, found)));
  });
  return { evaluation: evaluateParsed(parsed3, policy, now, root, binding, unapproved, firstSeen), parsed: parsed3 };
}
function evaluateParsed(parsed3, policy, now, root, binding, unapproved, firstSeen) {
  let findings = dedupe(parsed3.flatMap((r) => r.findings));
  if (root !== void 0)
    for (let f of findings) {
      let path = f.location?.path;
      if (path === void 0 || !isAbsolute(path)) continue;
      let inRepo = repositoryPath(path, root);
      inRepo !== void 0 && inRepo !== "." && (f.location = { ...f.location, path: inRepo });
    }
  let summaries = parsed3.map((r) => ({
    path: r.path,
    format: r.format,
    findings: r.findings.length,
    layers: r.layers,
    ...r.createdAt ? { createdAt: r.createdAt } : {},
    timestamped: r.timestamped,
    images: namedImages(r),
    subject: { digests: r.subject.digests, revisions: r.subject.revisions }
  })), evaluation = evaluate(findings, policy, now, summaries, { root, binding, unapproved, firstSeen }), outside = outsideWarning(evaluation, root);
  return outside && evaluation.warnings.push(outside), evaluation;
}
function namedImages(report) {
  let images = new Set(report.subject.images);
  for (let f of report.findings) f.target && images.add(f.target);
  return [...images];
}
function outsideWarning(evaluation, root) {
  if (root === void 0) return;
  let count = 0, first;
  for (let e of evaluation.findings) {
    let paths = outsidePaths(e.finding, root);
    paths.length !== 0 && (count++, first ??= paths[0]);
  }
  if (count !== 0)
    return `${count} finding(s) name a path outside the repository root ${root} (first: ${JSON.stringify(first)}): no asset, rule or waiver paths match it there, so they are classified by their other places or default-classification (ztgate explain shows each)`;
}
function loadPolicyFor(explicit, cwd, remote) {
  return loadPolicy(findPolicyPath(explicit, cwd), void 0, void 0, remote);
}

export {
  BUILTIN_PACKS,
  remoteName,
  BUILTIN_PREFIX,
  loadPolicyWith,
  githubReader,
  readerFromEnv,
  readFromDisk,
  loadPolicy,
  loadOrigin,
  gitEnvironment,
  gitTopLevel,
  discoverPolicy,
  discoverPolicyWith,
  loadReport,
  findPolicyPath,
  locateRepository,
  resolveReportArgs,
  runCheck,
  evaluateParsed,
  loadPolicyFor
};
