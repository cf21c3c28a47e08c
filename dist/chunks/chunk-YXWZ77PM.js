import { createRequire as __ztgateCreateRequire } from "node:module"; const require = __ztgateCreateRequire(import.meta.url);
import {
  loadEvidence,
  parseEvidence,
  parseReportArg
} from "./chunk-AZ3UIT6N.js";
import {
  DEFAULT_SCANNER_SUPPRESSIONS,
  compileAssets,
  compileControls,
  compileGlob,
  compileWaiver,
  compileWhen,
  durationMs,
  evaluate,
  list,
  repositoryPath
} from "./chunk-QW6IHFNX.js";
import {
  dedupe,
  lookup
} from "./chunk-GGO2SFEU.js";
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
      - SNYK-CC-TF-1 # Snyk fixture: security group allows open ingress
      - SNYK-CC-AWS-427 # Snyk fixture: public IPs mapped to instances
      - extra796 # Prowler 2 fixture: EKS control-plane endpoint open
  encryption-at-rest:
    description: Data stored unencrypted or without a customer-managed key
    categories:
      - checkov:ENCRYPTION # at rest and in transit: Checkov has one category for both
      - kics:Encryption
      - "{trivy,tfsec}:{aws,google,azure}/kms"
    cwe:
      - CWE-311 # missing encryption of sensitive data
      - CWE-312 # clear-text storage
      - CWE-315 # clear-text storage in a cookie
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
      - SNYK-CC-TF-53 # Snyk fixture: root block device not encrypted
  encryption-in-transit:
    description: Plain-text or weak-TLS traffic
    cwe:
      - CWE-319 # clear-text transmission (ZAP: no Strict-Transport-Security)
      - CWE-614 # cookie without the Secure flag
      - CWE-295 # certificate validation or pinning
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
      - SNYK-CC-TF-47 # Snyk fixture: load balancer does not enforce HTTPS
      - acm_certificates_expiration_check # Prowler fixture: certificates about to expire
      - java.lang.security.audit.cookie-missing-secure-flag.* # Semgrep fixture
      - CKV_AWS_30 # ElastiCache in-transit encryption
      - CKV_AWS_83 # Elasticsearch enforces HTTPS
      - CKV_AWS_90 # DocumentDB TLS
      - CKV_AWS_97 # ECS EFS in-transit encryption
      - CKV_AWS_105 # Redshift SSL
      - CKV_AWS_174 # CloudFront TLS 1.2
      - CKV_GCP_6 # Cloud SQL requires SSL
      - CKV_AZURE_3 # storage account HTTPS only
      - CKV_AZURE_14 # App Service redirects HTTP to HTTPS
      - CKV_AZURE_15 # App Service latest TLS
      - CKV_AZURE_28 # MySQL enforces SSL
      - CKV_AZURE_29 # PostgreSQL enforces SSL
      - CKV_AZURE_44 # storage account latest TLS
      - CKV_K8S_70 # API server TLS certificate and key
      - CKV_K8S_83 # kubelet HTTPS
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
      - CKV_K8S_49 # wildcard Roles and ClusterRoles
      - C-0015 # kubescape fixture: list Kubernetes secrets
      - CIS-5.1.2 # kubescape fixture: minimise access to secrets
      - iam_role_administratoraccess_policy_permissive_trust_relationship # Prowler fixture
      - iam_role_permissive_trust_relationship # Prowler fixture
      - iam_role_cross_account_readonlyaccess_policy # Prowler fixture
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
      - "{KSV,KSV-0,AVD-KSV-0}117" # fixture: binding to privileged ports
      - "{KSV,KSV-0,AVD-KSV-0}118" # fixture: default security context
      - CKV_K8S_29 # fixture: pod and container security context
      - CKV_K8S_30 # fixture: container security context
      - C-0006 # kubescape fixture: allowed hostPath
      - C-0013 # kubescape fixture: non-root containers
      - C-0016 # kubescape fixture: allow privilege escalation
      - C-0038 # kubescape fixture: host PID/IPC
      - C-0041 # kubescape fixture: hostNetwork
      - C-0044 # kubescape fixture: hostPort
      - C-0045 # kubescape fixture: writable hostPath
      - C-0057 # kubescape fixture: privileged container
      - CIS-5.2.{2,3,4,5,6,7,8,9,10,11,12,13} # kubescape fixture: Pod Security admission of privileged, host-namespace, root and capability-adding pods
      - CIS-5.7.3 # kubescape fixture: security context
      - SNYK-CC-K8S-1 # Snyk fixture: privileged container
      - SNYK-CC-K8S-6 # Snyk fixture: default capabilities not dropped
      - SNYK-CC-K8S-9 # Snyk fixture: no privilege-escalation control
      - SNYK-CC-K8S-10 # Snyk fixture: no root-user control
      - SNYK-CC-K8S-11 # Snyk fixture: UID could clash with the host's
      - yaml.docker-compose.security.no-new-privileges.* # Semgrep fixture
    cwe:
      - CWE-250 # execution with unnecessary privileges
      - CWE-269 # improper privilege management (Semgrep: Dockerfile without USER)
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
      - extra794 # Prowler 2 fixture: EKS control-plane audit logging
  hard-coded-secrets:
    description: Credentials and keys committed to code, images or infrastructure
    layers: [secret] # every secret scanner finding: gitleaks, Trivy secrets, Checkov secrets ...
    ids:
      - CKV_SECRET_* # fixture: Checkov secrets framework
      - d7b9d850-3e06-4a75-852f-c46c2e92240b # KICS fixture: Hardcoded AWS Access Key
      - 0b93729a-d882-4803-bdc3-ac429a21f158 # KICS fixture: EC2 Instance Using API Keys
      - GEN003 # tfsec legacy fixture: sensitive data in a block attribute
      - general-secrets-no-plaintext-exposure
      - G101 # gosec: hard-coded credentials
    cwe:
      - CWE-259 # hard-coded password
      - CWE-321 # hard-coded cryptographic key
      - CWE-522 # insufficiently protected credentials
      - CWE-547 # hard-coded security-relevant constants
      - CWE-798 # hard-coded credentials
  vulnerable-components:
    description: Known vulnerabilities in images and dependencies
    layers: [image, dependency]
  # ---- Added with issue 17: membership by the scanners' own categories and CWEs as well as
  # ids (docs/policy.md "Controls"). \`categories\` are TOOL:CATEGORY in the tool's words: KICS
  # query categories, Checkov CheckCategories (from its source: src/reports/parsers/
  # checkov-categories.ts), Trivy/tfsec PROVIDER/SERVICE, Prowler services, CodeQL and
  # Semgrep rule kinds, ZAP's WASC threat classes. Category membership is coarse (a check can
  # land in two controls); listed ids are the precise part.
  microsegmentation:
    description: Network segmentation on every cloud and cluster (security groups, firewall rules, NSGs, NetworkPolicy, namespaces, egress)
    categories:
      - checkov:NETWORKING
      - kics:Networking and Firewall
      - "{trivy,tfsec}:aws/vpc"
      - "{trivy,tfsec}:google/compute" # Trivy's GCP firewall checks live in compute
      - "{trivy,tfsec}:azure/network"
    ids:
      - aws-vpc-no-public-egress-sgr # tfsec fixture: egress to /0
      - aws-ec2-no-public-egress-sgr
      - AWS007 # tfsec legacy: egress to /0
      - CKV2_AWS_5 # fixture: security group attached to a resource
      - CKV2_AWS_12 # default security group restricts all traffic
      - CKV2_AWS_17 # fixture: EC2 instances belong to a VPC
      - G102 # gosec: binds to all network interfaces
      - 4849211b-ac39-479e-ae78-5694d506cb24 # KICS fixture: Security Group Not Used
      - SNYK-CC-TF-72 # Snyk fixture: rule allows open egress
      - SNYK-CC-TF-73 # Snyk fixture: security group allows open egress
      - CKV_GCP_2 # GCP firewall: unrestricted SSH
      - CKV_GCP_3 # GCP firewall: unrestricted RDP
      - CKV_GCP_106 # GCP firewall: unrestricted HTTP
      - CKV_GCP_12 # GKE network policy
      - google-compute-no-public-ingress # tfsec: GCP firewall ingress from /0
      - google-compute-no-public-egress
      - AVD-GCP-0027 # Trivy: GCP firewall ingress from /0
      - CKV_AZURE_9 # NSG: RDP from the internet
      - CKV_AZURE_10 # NSG: SSH from the internet
      - CKV_AZURE_160 # NSG: HTTP from the internet
      - CKV_AZURE_7 # AKS network policy
      - azure-network-no-public-ingress # tfsec: NSG ingress from /0
      - azure-network-no-public-egress
      - CKV_K8S_21 # fixture: default namespace
      - "{KSV,KSV-0,AVD-KSV-0}110" # fixture: workloads in the default namespace
      - C-0030 # kubescape fixture: ingress and egress blocked (NetworkPolicy)
      - C-0049 # kubescape fixture: network mapping
      - C-0054 # kubescape fixture: cluster internal networking
      - C-0061 # kubescape fixture: pods in default namespace
      - CIS-5.3.2 # kubescape fixture: every namespace has a NetworkPolicy
      - CIS-5.7.1 # kubescape fixture: administrative boundaries with namespaces
      - CIS-5.7.4 # kubescape fixture: default namespace
  workload-identity:
    description: Identity of workloads and people (service-account tokens, pod identity, instance metadata, MFA, IAM policies)
    categories:
      - checkov:IAM
      - kics:Access Control
      - "{trivy,tfsec}:{aws,google,azure}/iam"
      - prowler:iam
      - prowler:accessanalyzer
    cwe:
      - CWE-287 # improper authentication
      - CWE-306 # missing authentication
      - CWE-347 # JWT signature not verified
      - CWE-862 # missing authorisation
      - CWE-863 # incorrect authorisation
      - CWE-275 # permission issues (CodeQL: workflow without permissions)
    ids:
      - CKV_K8S_38 # fixture: service-account tokens mounted only where needed
      - CKV_K8S_41 # default service account used
      - CKV_K8S_42 # default service account bound
      - CKV_AWS_79 # fixture: IMDSv1 (instance credentials without a session token)
      - CKV_AWS_161 # fixture: RDS IAM authentication
      - CKV_GCP_29 # fixture: uniform bucket-level access (IAM only, no ACLs)
      - CKV2_AWS_70 # API Gateway method without authorisation or API key
      - CKV_AWS_309 # API GatewayV2 route without authorisation type
      - C-0034 # kubescape fixture: automatic mapping of service account
      - C-0053 # kubescape fixture: access container service account
      - C-0060 # kubescape fixture: namespace without service accounts
      - CIS-5.1.5 # kubescape fixture: default service accounts not used
      - CIS-5.1.6 # kubescape fixture: service-account tokens mounted only where needed
      - check11 # Prowler 2 fixture: root account used
      - check12 # Prowler 2 fixture: MFA for console users
      - check114 # Prowler 2 fixture: hardware MFA for root
      - check116 # Prowler 2 fixture: IAM policies attached only to groups or roles
      - "{KSV,KSV-0,AVD-KSV-0}036" # Trivy k8s: service-account token automount
      - 69e7c320-b65d-41bb-be02-d63ecc0bcc9d # KICS fixture: ECR repository without policy
      - 75ec6890-83af-4bf1-9f16-e83726df0bd0 # KICS fixture: Lambda permission misconfigured
  api-layer:
    description: The API layer in front of services (WAF, API gateway authorisation, rate limits, CDN) and the hardening of what public endpoints answer (security headers, cookies, CSRF, information leaks)
    categories:
      - checkov:API_SECURITY
      - zap:WASC-9 # cross-site request forgery
      - zap:WASC-13 # information leakage
      - zap:WASC-14 # server misconfiguration
      - zap:WASC-15 # application misconfiguration
      - zap:WASC-16 # directory indexing
    cwe:
      - CWE-770 # no rate limit or throttling
      - CWE-352 # CSRF
      - CWE-1021 # clickjacking
      - CWE-693 # protection mechanism (security headers) missing
      - CWE-1004 # cookie without HttpOnly
      - CWE-1275 # cookie SameSite
      - CWE-942 # permissive CORS
      - CWE-264 # ZAP: cross-domain misconfiguration
    ids:
      - CKV_AWS_68 # CloudFront without WAF
      - CKV_AZURE_121 # Front Door without WAF
      - CKV2_AWS_47 # WAF with Log4j rule on CloudFront/ALB (Checkov APPLICATION_SECURITY)
      - 1419b4c6-6d5c-4534-9cf6-6a5266085333 # KICS fixture: CloudFront without WAF
      - c999cf62-0920-40f8-8dda-0caccd66ed7e # KICS fixture: API Gateway stage without usage plan (throttling)
      - b3a59b8e-94a3-403e-b6e2-527abaf12034 # KICS fixture: API Gateway deployment without usage plan
      - 1bc367f6-901d-4870-ad0c-71d79762ef52 # KICS fixture: CDN configuration missing
      - SNYK-CC-AWS-405 # Snyk fixture: ALB does not drop invalid headers
      - SNYK-CC-TF-48 # Snyk fixture: load balancer is internet facing
      - java.lang.security.audit.cookie-missing-httponly.* # Semgrep fixture
      - java.lang.security.audit.cookie-missing-samesite.* # Semgrep fixture
      - "10014" # ZAP (1.4, no CWE or WASC in the report): cross-site request forgery
      - "10108" # ZAP fixture: reverse tabnabbing
      - "10020" # ZAP fixture: anti-clickjacking header missing (older reports: no CWE)
      - "10021" # ZAP fixture: X-Content-Type-Options header missing
      - "2" # ZAP fixture: private IP disclosure
      - "0" # ZAP 1.4 fixture: directory browsing
  container-hardening:
    description: Container runtime hardening beyond privilege (read-only root file system, seccomp and Linux hardening, resource limits, admission policy, kernel escapes)
    categories:
      - checkov:KUBERNETES
    ids:
      - CKV_K8S_22 # fixture: read-only root file system
      - CKV_K8S_31 # fixture: seccomp profile
      - CKV_K8S_10 # fixture: CPU requests
      - CKV_K8S_11 # fixture: CPU limits
      - CKV_K8S_12 # fixture: memory requests
      - CKV_K8S_13 # fixture: memory limits
      - "{KSV,KSV-0,AVD-KSV-0}011" # fixture: CPU not limited
      - "{KSV,KSV-0,AVD-KSV-0}014" # fixture: root file system not read-only
      - "{KSV,KSV-0,AVD-KSV-0}015" # fixture: CPU requests
      - "{KSV,KSV-0,AVD-KSV-0}016" # fixture: memory requests
      - "{KSV,KSV-0,AVD-KSV-0}018" # fixture: memory not limited
      - "{KSV,KSV-0,AVD-KSV-0}030" # fixture: RuntimeDefault seccomp profile
      - "{KSV,KSV-0,AVD-KSV-0}104" # fixture: seccomp policies disabled
      - C-0017 # kubescape fixture: immutable container filesystem
      - C-0055 # kubescape fixture: Linux hardening
      - C-0086 # kubescape fixture: CVE-2022-0492 cgroups container escape
      - CIS-5.2.1 # kubescape fixture: an active policy control mechanism
      - CIS-5.7.2 # kubescape fixture: seccomp profile
      - SNYK-CC-K8S-4 # Snyk fixture: no memory limit
      - SNYK-CC-K8S-5 # Snyk fixture: no CPU limit
      - SNYK-CC-K8S-8 # Snyk fixture: writable root file system
      - yaml.docker-compose.security.writable-filesystem-service.* # Semgrep fixture
  supply-chain:
    description: What runs is what was reviewed (pinned versions and digests, allowed registries, current images, protected branches, vulnerability alerts, resource integrity)
    categories:
      - checkov:SUPPLY_CHAIN
      - kics:Supply-Chain
    cwe:
      - CWE-345 # ZAP: sub-resource integrity missing
      - CWE-829 # inclusion from an untrusted source
    ids:
      - DL3006 # hadolint fixture: untagged image
      - DL3007 # hadolint: latest tag
      - DL3008 # hadolint fixture: unpinned apt packages
      - DL3013 # hadolint fixture: unpinned pip packages
      - DL3016 # hadolint: unpinned npm packages
      - DL3018 # hadolint: unpinned apk packages
      - DL3026 # hadolint fixture: registry not allowed
      - CKV_DOCKER_7 # base image on latest
      - CKV_K8S_14 # fixture: image tag fixed
      - CKV_K8S_43 # fixture: image by digest
      - "{KSV,KSV-0,AVD-KSV-0}013" # fixture: image tag latest
      - C-0001 # kubescape fixture: forbidden container registries
      - C-0078 # kubescape fixture: images from allowed registry
      - SNYK-CC-K8S-42 # Snyk fixture: possibly outdated image
      - CKV_GIT_1 # fixture: repository is private
      - CKV2_GIT_1 # fixture: branch protection
      - CKV_GIT_3 # fixture: vulnerability alerts
      - defender_container_images_scan_enabled # Prowler fixture: image vulnerability scanning
      - rules.sast.dev.generic.internal.detect-cdn-usage-react-express # Semgrep fixture: third-party CDN scripts
  monitoring:
    description: Monitoring, tracing, flow logs, alarms, threat detection and security contacts (audit logs proper are missing-audit-logging)
    categories:
      - checkov:LOGGING
      - kics:Observability
      - "{trivy,tfsec}:aws/{cloudtrail,cloudwatch}"
      - prowler:{cloudtrail,cloudwatch,config,guardduty,securityhub,defender,appinsights,monitor,logging,account}
    ids:
      - CKV_AZURE_12 # NSG flow log retention
      - 8152e0cf-d2f0-47ad-96d5-d003a76eabd1 # KICS fixture: Lambda without X-Ray tracing
      - 97cb0688-369a-4d26-b1f7-86c4c91231bc # KICS fixture: ECS container insights
  backup-and-recovery:
    description: Recovery after a breach or a mistake (backups, versioning, deletion protection, recoverable keys, redundancy)
    categories:
      - checkov:BACKUP_AND_RECOVERY
      - kics:Backup
    ids:
      - afecd1f1-6378-4f7e-bb3b-60c35801fdd4 # KICS fixture: ALB deletion protection
      - 741f1291-47ac-4a85-a07b-3d32a9d6bd3e # KICS fixture: DynamoDB point-in-time recovery
      - CKV_AWS_157 # fixture: RDS Multi-AZ
      - CKV_GCP_78 # fixture: Cloud Storage versioning (Checkov files it under LOGGING)
  application-weaknesses:
    description: Weaknesses in the services' own code (CWE), found by code scanners and probes (injection, cross-site scripting, path traversal, SSRF, unsafe deserialisation, weak cryptography and randomness, memory safety, unchecked errors, information exposure)
    categories:
      - "{semgrep,codeql}:security"
      - zap:WASC-{8,19,20,23,31,33,39} # XSS, SQL, input handling, XML, OS command, path traversal, XPath
    cwe:
      # injection
      - CWE-74
      - CWE-77
      - CWE-78
      - CWE-88
      - CWE-89
      - CWE-90
      - CWE-91
      - CWE-93
      - CWE-94
      - CWE-95
      - CWE-470
      - CWE-611
      - CWE-643
      - CWE-915
      - CWE-917
      - CWE-943
      - CWE-1236
      - CWE-20 # improper input validation
      # cross-site scripting and output encoding
      - CWE-79
      - CWE-80
      - CWE-116
      # paths, files and permissions
      - CWE-22
      - CWE-23
      - CWE-36
      - CWE-73
      - CWE-99
      - CWE-276
      - CWE-732
      # requests, deserialisation, regular expressions, redirects
      - CWE-918
      - CWE-502
      - CWE-1333
      - CWE-601
      - CWE-639 # authorisation bypass through a user-controlled key
      # cryptography and randomness
      - CWE-326
      - CWE-327
      - CWE-328
      - CWE-330
      - CWE-338
      - CWE-916
      # memory safety
      - CWE-119
      - CWE-120
      - CWE-125
      - CWE-126
      - CWE-134
      - CWE-190
      - CWE-416
      - CWE-457
      - CWE-476
      - CWE-787
      # errors and information exposure
      - CWE-200
      - CWE-209
      - CWE-215
      - CWE-252
      - CWE-390
      - CWE-489
      - CWE-532
      - CWE-703
      # mobile (MobSF)
      - CWE-353
      - CWE-919
    ids:
      # gosec groups its rules by number (its README): G2xx injection, G3xx files and paths,
      # G4xx cryptography, G5xx blocklisted imports, G6xx memory aliasing, G7xx taint analysis.
      - G[2-7][0-9][0-9]
      - G103 # gosec: unsafe block
      - G104 # gosec fixture: errors unhandled
      - G107 # gosec: URL from a variable (SSRF)
      - G109 # gosec: integer overflow from strconv
      - G110 # gosec: decompression bomb
      - G111 # gosec: directory traversal
      - G112 # gosec: Slowloris (no ReadHeaderTimeout)
      - G114 # gosec: http.Serve without timeouts
      - G115 # gosec fixture: integer overflow conversion
      - taint-* # Python Security Analysis fixture (SARIF): taint rules without CWE
      - C2001 # SARIF SDK sample fixture: variable used uninitialised
      - "40012" # ZAP 1.4 fixture: cross-site scripting (reflected)
      - "40004" # ZAP 1.4 fixture: SQL injection fingerprinting
      - "40005" # ZAP 1.4 fixture: SQL injection
      - "6" # ZAP 1.4 fixture: path traversal
  hygiene:
    description: Hygiene, not security (tags, labels, naming, descriptions, code quality, health probes); listed so that nothing is unclassified by accident
    categories:
      - checkov:CONVENTION
      - semgrep:{correctness,best-practice,maintainability,performance,portability,compatibility}
      - codeql:{reliability,maintainability,correctness,efficiency,readability,useless-code,portability,accuracy}
    cwe:
      - CWE-561 # dead code
      - CWE-563 # unused variable
      - CWE-1164 # irrelevant code
    ids:
      - e38a8e0a-b88b-4902-b3fe-b0fcb17d5c10 # KICS fixture: resource not using tags
      - ba48df05-eaa1-4d64-905e-4a4b051e7587 # KICS fixture: autoscaling groups supply tags
      - 1e434b25-8763-4b00-a5ca-ca03b7abbb66 # KICS fixture: name is not snake case
      - 59312e8a-a64e-41e7-a252-618533dd1ea8 # KICS fixture: output without description
      - 2a153952-2544-4687-bcc9-cc8fea814a9b # KICS fixture: variable without description
      - fc5109bf-01fd-49fb-8bde-4492b543c34a # KICS fixture: variable without type
      - 68eb4bf3-f9bf-463d-b5cf-e029bb446d2e # KICS fixture: security group rules without description
      - cb3f5ed6-0d18-40de-a93d-b3538db31e8c # KICS fixture: security group without description
      - 60224630-175a-472a-9e23-133827040766 # KICS fixture: EC2 not EBS optimised (performance)
      - CKV_AWS_135 # fixture: EC2 EBS optimised (performance)
      - CKV_AWS_23 # fixture: security group rule description
      - CKV_DOCKER_2 # fixture: HEALTHCHECK (Checkov files it under NETWORKING)
      - CKV_K8S_8 # fixture: liveness probe
      - CKV_K8S_9 # fixture: readiness probe
      - C-0018 # kubescape fixture: readiness probe
      - C-0056 # kubescape fixture: liveness probe
      - C-0076 # kubescape fixture: label usage
      - C-0077 # kubescape fixture: common labels
      - SNYK-CC-K8S-41 # Snyk fixture: liveness probe
      - DL3003 # hadolint fixture: WORKDIR instead of cd
      - DL3015 # hadolint fixture: --no-install-recommends
      - DL4006 # hadolint fixture: pipefail
      - "10049" # ZAP fixture: non-storable content (informational)
      - "10109" # ZAP fixture: modern web application (informational)
      - "10111" # ZAP fixture: authentication request identified (informational)
      - "10112" # ZAP fixture: session management response identified (informational)

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
      - name: hygiene (a liveness probe)
        finding: { id: CKV_K8S_8, layer: iac, tool: checkov, severity: low }
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

  - id: zt-block-segmentation-identity-api
    description: Gaps in microsegmentation, workload identity or the API layer of confidential or restricted assets block, from medium severity up.
    when:
      control: [microsegmentation, workload-identity, api-layer]
      severity: ">=medium"
      classification: ">=confidential"
    action: block
    examples:
      - name: GCP firewall open to the internet (Checkov)
        finding: { id: CKV_GCP_2, layer: iac, tool: checkov }
        classification: restricted
        verdict: block
      - name: service-account token mounted everywhere (kubescape)
        finding: { id: C-0034, layer: posture, tool: kubescape, severity: medium }
        classification: confidential
        verdict: block
      - name: no rate limit on an expensive route (Snyk Code, by CWE)
        finding:
          {
            id: javascript/NoRateLimitingForExpensiveWebOperation,
            layer: code,
            tool: snykcode,
            severity: medium,
            cwe: [CWE-770],
          }
        classification: restricted
        verdict: block
      - name: a KICS query nobody listed, by its category
        finding:
          {
            id: 00000000-0000-4000-8000-000000000000,
            layer: iac,
            tool: kics,
            severity: medium,
            category: Networking and Firewall,
          }
        classification: confidential
        verdict: block
      - name: low severity
        finding: { id: C-0049, layer: posture, tool: kubescape, severity: low }
        classification: restricted
        matches: false
        verdict: warn
      - name: internal asset
        finding: { id: CKV_AZURE_10, layer: iac, tool: checkov }
        classification: internal
        matches: false
        verdict: warn

  - id: zt-block-code-weaknesses
    description: High and critical weaknesses in the code of confidential or restricted assets block.
    when:
      control: application-weaknesses
      severity: ">=high"
      classification: ">=confidential"
    action: block
    examples:
      - name: SQL injection (CodeQL, by CWE)
        finding: { id: py/sql-injection, layer: code, tool: codeql, severity: high, cwe: [CWE-89] }
        classification: confidential
        verdict: block
      - name: a medium weakness
        finding: { id: G304, layer: code, tool: gosec, severity: medium, cwe: [CWE-22] }
        classification: restricted
        matches: false
        verdict: warn

  - id: zt-warn-zero-trust-gaps
    description: Gaps in segmentation, identity, the API layer, container hardening, the supply chain and the code warn on internal and more sensitive assets.
    when:
      control:
        [
          microsegmentation,
          workload-identity,
          api-layer,
          container-hardening,
          supply-chain,
          application-weaknesses,
        ]
      classification: ">=internal"
    action: warn
    examples:
      - finding: { id: KSV014, layer: iac, tool: trivy-operator, severity: low }
        verdict: warn
      - finding: { id: DL3008, layer: iac, tool: hadolint, severity: medium }
        classification: public
        matches: false
        verdict: info

  - id: zt-warn-monitoring-and-recovery
    description: Missing monitoring, tracing, flow logs or recovery warn on confidential and restricted assets.
    when: { control: [monitoring, backup-and-recovery], classification: ">=confidential" }
    action: warn
    examples:
      - finding: { id: 8152e0cf-d2f0-47ad-96d5-d003a76eabd1, layer: iac, tool: kics, severity: low }
        classification: confidential
        verdict: warn
      - finding: { id: CKV_AWS_157, layer: iac, tool: checkov, severity: low }
        classification: internal
        matches: false
        verdict: info

  - id: zt-info-hygiene
    description: Hygiene (tags, naming, descriptions, code quality, probes) is listed for information; a stricter rule still wins.
    when: { control: hygiene }
    action: info
    examples:
      - finding:
          { id: e38a8e0a-b88b-4902-b3fe-b0fcb17d5c10, layer: iac, tool: kics, severity: info }
        verdict: info
      - finding: { id: CKV_AWS_16, layer: iac, tool: checkov }
        matches: false

  - id: zt-warn-other-high
    description: Other high and critical findings are warnings.
    when: { severity: ">=high" }
    action: warn
    examples:
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        verdict: warn
      - finding: { id: DL3015, layer: iac, tool: hadolint, severity: medium }
        matches: false

  - id: zt-info-lower
    description: Medium and lower findings are listed for information.
    when: { severity: "<=medium" }
    action: info
    examples:
      - finding: { id: DL3015, layer: iac, tool: hadolint, severity: medium }
        verdict: info
      - finding: { id: CKV_GIT_1, layer: iac, tool: checkov, severity: high }
        matches: false

settings:
  fail-on: block
  unknown-severity: high
  default-action: info
`, parsed2 = { version: 1, controls: { "public-ingress": { description: "Public ingress and missing microsegmentation (0.0.0.0/0, public endpoints, no network policy)", ids: ["CKV_AWS_260", "CKV_AWS_24", "CKV_AWS_25", "CKV_AWS_277", "CKV_AWS_17", "CKV_GCP_28", "CKV2_K8S_6", "4728cd65-a20c-49da-8b31-9c08b423e4db", "381c3f2a-ef6f-4eff-99f7-b169cda3422c", "65905cec-d691-4320-b320-2000436cb696", "108aa260-6dab-4a75-ae3f-de917d634840", "4fa66806-0dd9-4f8d-9480-3174d39c7c91", "aws-vpc-no-public-ingress-sgr", "aws-ec2-no-public-ingress-sgr", "aws-vpc-no-public-ingress-sg", "aws-ec2-no-public-ingress-sg", "aws-vpc-no-public-ingress-acl", "aws-ec2-no-public-ingress-acl", "aws-vpc-no-excessive-port-access", "aws-ec2-no-excessive-port-access", "aws-eks-no-public-cluster-access", "aws-eks-no-public-cluster-access-to-cidr", "aws-autoscaling-no-public-ip", "AWS006", "AWS008", "AWS050", "{AVD-,}AWS-0107", "{AVD-,}AWS-0105", "{AVD-,}AWS-0102", "{AVD-,}AWS-0040", "{AVD-,}AWS-0041", "SNYK-CC-TF-1", "SNYK-CC-AWS-427", "extra796"] }, "encryption-at-rest": { description: "Data stored unencrypted or without a customer-managed key", categories: ["checkov:ENCRYPTION", "kics:Encryption", "{trivy,tfsec}:{aws,google,azure}/kms"], cwe: ["CWE-311", "CWE-312", "CWE-315"], ids: ["CKV_AWS_16", "CKV_AWS_8", "CKV_AWS_3", "CKV_AWS_19", "CKV_AWS_158", "aws-autoscaling-enable-at-rest-encryption", "aws-cloudwatch-log-group-customer-key", "aws-eks-encrypt-secrets", "aws-s3-enable-bucket-encryption", "aws-rds-encrypt-instance-storage-data", "aws-ebs-enable-volume-encryption", "{AVD-,}AWS-0008", "{AVD-,}AWS-0017", "{AVD-,}AWS-0026", "{AVD-,}AWS-0039", "{AVD-,}AWS-0080", "{AVD-,}AWS-0088", "SNYK-CC-TF-53"] }, "encryption-in-transit": { description: "Plain-text or weak-TLS traffic", cwe: ["CWE-319", "CWE-614", "CWE-295"], ids: ["CKV_AWS_2", "CKV_AWS_103", "CKV_AWS_34", "aws-elb-http-not-used", "aws-elb-use-secure-tls-policy", "aws-cloudfront-enforce-https", "{AVD-,}AWS-0054", "{AVD-,}AWS-0047", "{AVD-,}AWS-0012", "SNYK-CC-TF-47", "acm_certificates_expiration_check", "java.lang.security.audit.cookie-missing-secure-flag.*", "CKV_AWS_30", "CKV_AWS_83", "CKV_AWS_90", "CKV_AWS_97", "CKV_AWS_105", "CKV_AWS_174", "CKV_GCP_6", "CKV_AZURE_3", "CKV_AZURE_14", "CKV_AZURE_15", "CKV_AZURE_28", "CKV_AZURE_29", "CKV_AZURE_44", "CKV_K8S_70", "CKV_K8S_83"] }, "wildcard-or-admin-iam": { description: "Wildcard or administrator permissions, and trust open to any principal", ids: ["CKV_AWS_1", "CKV_AWS_62", "CKV_AWS_63", "CKV_AWS_40", "12b7e704-37f0-4d1e-911a-44bf60c48c21", "bcdcbdc6-a350-4855-ae7c-d1e6436f7c97", "b4378389-a9aa-44ee-91e7-ef183f11079e", "aws-iam-no-policy-wildcards", "AWS099", "{AVD-,}AWS-0057", "{KSV,KSV-0,AVD-KSV-0}044", "{KSV,KSV-0,AVD-KSV-0}046", "{KSV,KSV-0,AVD-KSV-0}111", "CKV_K8S_49", "C-0015", "CIS-5.1.2", "iam_role_administratoraccess_policy_permissive_trust_relationship", "iam_role_permissive_trust_relationship", "iam_role_cross_account_readonlyaccess_policy"] }, "privileged-or-root-container": { description: "Privileged, root or privilege-escalating containers", ids: ["CKV_K8S_16", "CKV_K8S_20", "CKV_K8S_23", "CKV_K8S_28", "CKV_K8S_37", "CKV_K8S_39", "CKV_K8S_40", "CKV_DOCKER_3", "CKV_DOCKER_8", "DL3002", "{AVD-DS-000,DS00,DS-000}2", "{KSV,KSV-0,AVD-KSV-0}001", "{KSV,KSV-0,AVD-KSV-0}003", "{KSV,KSV-0,AVD-KSV-0}004", "{KSV,KSV-0,AVD-KSV-0}005", "{KSV,KSV-0,AVD-KSV-0}012", "{KSV,KSV-0,AVD-KSV-0}017", "{KSV,KSV-0,AVD-KSV-0}020", "{KSV,KSV-0,AVD-KSV-0}021", "{KSV,KSV-0,AVD-KSV-0}106", "{KSV,KSV-0,AVD-KSV-0}116", "{KSV,KSV-0,AVD-KSV-0}117", "{KSV,KSV-0,AVD-KSV-0}118", "CKV_K8S_29", "CKV_K8S_30", "C-0006", "C-0013", "C-0016", "C-0038", "C-0041", "C-0044", "C-0045", "C-0057", "CIS-5.2.{2,3,4,5,6,7,8,9,10,11,12,13}", "CIS-5.7.3", "SNYK-CC-K8S-1", "SNYK-CC-K8S-6", "SNYK-CC-K8S-9", "SNYK-CC-K8S-10", "SNYK-CC-K8S-11", "yaml.docker-compose.security.no-new-privileges.*"], cwe: ["CWE-250", "CWE-269"] }, "missing-audit-logging": { description: "Access, control-plane or change logging switched off", ids: ["CKV_AWS_129", "CKV_AWS_118", "CKV_AWS_126", "CKV_GCP_62", "CKV_AWS_18", "CKV_AWS_67", "CKV_AWS_36", "f861041c-8c9f-4156-acfc-5e6e524f5884", "20018359-6fd7-4d05-ab26-d4dffccbdf79", "37304d3f-f852-40b8-ae3f-725e87a7cedf", "66f130d9-b81d-4e8e-9b08-da74b9c891df", "45cff7b6-3b80-40c1-ba7b-2cf480678bb8", "56f6a008-1b14-4af4-b9b2-ab7cf7e27641", "8d7f7b8c-6c7c-40f8-baa6-62006c6c7b56", "52ffcfa6-6c70-4ea6-8376-d828d3961669", "96e8183b-e985-457b-90cd-61c0503a3369", "23b70e32-032e-4fa6-ba5c-82f56b9980e6", "0a8e8dc5-b6fc-44fc-b5a1-969ec950f9b0", "2285e608-ddbc-47f3-ba54-ce7121e31216", "5b8d7527-de8e-4114-b9dd-9d988f1f418f", "6b6874fe-4c2f-4eea-8b90-7cceaa4a125e", "9d0d4512-1959-43a2-a17f-72360ff06d1b", "aws-eks-enable-control-plane-logging", "aws-s3-enable-bucket-logging", "aws-cloudtrail-enable-all-regions", "{AVD-,}AWS-0038", "{AVD-,}AWS-0089", "{AVD-,}AWS-0014", "extra794"] }, "hard-coded-secrets": { description: "Credentials and keys committed to code, images or infrastructure", layers: ["secret"], ids: ["CKV_SECRET_*", "d7b9d850-3e06-4a75-852f-c46c2e92240b", "0b93729a-d882-4803-bdc3-ac429a21f158", "GEN003", "general-secrets-no-plaintext-exposure", "G101"], cwe: ["CWE-259", "CWE-321", "CWE-522", "CWE-547", "CWE-798"] }, "vulnerable-components": { description: "Known vulnerabilities in images and dependencies", layers: ["image", "dependency"] }, microsegmentation: { description: "Network segmentation on every cloud and cluster (security groups, firewall rules, NSGs, NetworkPolicy, namespaces, egress)", categories: ["checkov:NETWORKING", "kics:Networking and Firewall", "{trivy,tfsec}:aws/vpc", "{trivy,tfsec}:google/compute", "{trivy,tfsec}:azure/network"], ids: ["aws-vpc-no-public-egress-sgr", "aws-ec2-no-public-egress-sgr", "AWS007", "CKV2_AWS_5", "CKV2_AWS_12", "CKV2_AWS_17", "G102", "4849211b-ac39-479e-ae78-5694d506cb24", "SNYK-CC-TF-72", "SNYK-CC-TF-73", "CKV_GCP_2", "CKV_GCP_3", "CKV_GCP_106", "CKV_GCP_12", "google-compute-no-public-ingress", "google-compute-no-public-egress", "AVD-GCP-0027", "CKV_AZURE_9", "CKV_AZURE_10", "CKV_AZURE_160", "CKV_AZURE_7", "azure-network-no-public-ingress", "azure-network-no-public-egress", "CKV_K8S_21", "{KSV,KSV-0,AVD-KSV-0}110", "C-0030", "C-0049", "C-0054", "C-0061", "CIS-5.3.2", "CIS-5.7.1", "CIS-5.7.4"] }, "workload-identity": { description: "Identity of workloads and people (service-account tokens, pod identity, instance metadata, MFA, IAM policies)", categories: ["checkov:IAM", "kics:Access Control", "{trivy,tfsec}:{aws,google,azure}/iam", "prowler:iam", "prowler:accessanalyzer"], cwe: ["CWE-287", "CWE-306", "CWE-347", "CWE-862", "CWE-863", "CWE-275"], ids: ["CKV_K8S_38", "CKV_K8S_41", "CKV_K8S_42", "CKV_AWS_79", "CKV_AWS_161", "CKV_GCP_29", "CKV2_AWS_70", "CKV_AWS_309", "C-0034", "C-0053", "C-0060", "CIS-5.1.5", "CIS-5.1.6", "check11", "check12", "check114", "check116", "{KSV,KSV-0,AVD-KSV-0}036", "69e7c320-b65d-41bb-be02-d63ecc0bcc9d", "75ec6890-83af-4bf1-9f16-e83726df0bd0"] }, "api-layer": { description: "The API layer in front of services (WAF, API gateway authorisation, rate limits, CDN) and the hardening of what public endpoints answer (security headers, cookies, CSRF, information leaks)", categories: ["checkov:API_SECURITY", "zap:WASC-9", "zap:WASC-13", "zap:WASC-14", "zap:WASC-15", "zap:WASC-16"], cwe: ["CWE-770", "CWE-352", "CWE-1021", "CWE-693", "CWE-1004", "CWE-1275", "CWE-942", "CWE-264"], ids: ["CKV_AWS_68", "CKV_AZURE_121", "CKV2_AWS_47", "1419b4c6-6d5c-4534-9cf6-6a5266085333", "c999cf62-0920-40f8-8dda-0caccd66ed7e", "b3a59b8e-94a3-403e-b6e2-527abaf12034", "1bc367f6-901d-4870-ad0c-71d79762ef52", "SNYK-CC-AWS-405", "SNYK-CC-TF-48", "java.lang.security.audit.cookie-missing-httponly.*", "java.lang.security.audit.cookie-missing-samesite.*", "10014", "10108", "10020", "10021", "2", "0"] }, "container-hardening": { description: "Container runtime hardening beyond privilege (read-only root file system, seccomp and Linux hardening, resource limits, admission policy, kernel escapes)", categories: ["checkov:KUBERNETES"], ids: ["CKV_K8S_22", "CKV_K8S_31", "CKV_K8S_10", "CKV_K8S_11", "CKV_K8S_12", "CKV_K8S_13", "{KSV,KSV-0,AVD-KSV-0}011", "{KSV,KSV-0,AVD-KSV-0}014", "{KSV,KSV-0,AVD-KSV-0}015", "{KSV,KSV-0,AVD-KSV-0}016", "{KSV,KSV-0,AVD-KSV-0}018", "{KSV,KSV-0,AVD-KSV-0}030", "{KSV,KSV-0,AVD-KSV-0}104", "C-0017", "C-0055", "C-0086", "CIS-5.2.1", "CIS-5.7.2", "SNYK-CC-K8S-4", "SNYK-CC-K8S-5", "SNYK-CC-K8S-8", "yaml.docker-compose.security.writable-filesystem-service.*"] }, "supply-chain": { description: "What runs is what was reviewed (pinned versions and digests, allowed registries, current images, protected branches, vulnerability alerts, resource integrity)", categories: ["checkov:SUPPLY_CHAIN", "kics:Supply-Chain"], cwe: ["CWE-345", "CWE-829"], ids: ["DL3006", "DL3007", "DL3008", "DL3013", "DL3016", "DL3018", "DL3026", "CKV_DOCKER_7", "CKV_K8S_14", "CKV_K8S_43", "{KSV,KSV-0,AVD-KSV-0}013", "C-0001", "C-0078", "SNYK-CC-K8S-42", "CKV_GIT_1", "CKV2_GIT_1", "CKV_GIT_3", "defender_container_images_scan_enabled", "rules.sast.dev.generic.internal.detect-cdn-usage-react-express"] }, monitoring: { description: "Monitoring, tracing, flow logs, alarms, threat detection and security contacts (audit logs proper are missing-audit-logging)", categories: ["checkov:LOGGING", "kics:Observability", "{trivy,tfsec}:aws/{cloudtrail,cloudwatch}", "prowler:{cloudtrail,cloudwatch,config,guardduty,securityhub,defender,appinsights,monitor,logging,account}"], ids: ["CKV_AZURE_12", "8152e0cf-d2f0-47ad-96d5-d003a76eabd1", "97cb0688-369a-4d26-b1f7-86c4c91231bc"] }, "backup-and-recovery": { description: "Recovery after a breach or a mistake (backups, versioning, deletion protection, recoverable keys, redundancy)", categories: ["checkov:BACKUP_AND_RECOVERY", "kics:Backup"], ids: ["afecd1f1-6378-4f7e-bb3b-60c35801fdd4", "741f1291-47ac-4a85-a07b-3d32a9d6bd3e", "CKV_AWS_157", "CKV_GCP_78"] }, "application-weaknesses": { description: "Weaknesses in the services' own code (CWE), found by code scanners and probes (injection, cross-site scripting, path traversal, SSRF, unsafe deserialisation, weak cryptography and randomness, memory safety, unchecked errors, information exposure)", categories: ["{semgrep,codeql}:security", "zap:WASC-{8,19,20,23,31,33,39}"], cwe: ["CWE-74", "CWE-77", "CWE-78", "CWE-88", "CWE-89", "CWE-90", "CWE-91", "CWE-93", "CWE-94", "CWE-95", "CWE-470", "CWE-611", "CWE-643", "CWE-915", "CWE-917", "CWE-943", "CWE-1236", "CWE-20", "CWE-79", "CWE-80", "CWE-116", "CWE-22", "CWE-23", "CWE-36", "CWE-73", "CWE-99", "CWE-276", "CWE-732", "CWE-918", "CWE-502", "CWE-1333", "CWE-601", "CWE-639", "CWE-326", "CWE-327", "CWE-328", "CWE-330", "CWE-338", "CWE-916", "CWE-119", "CWE-120", "CWE-125", "CWE-126", "CWE-134", "CWE-190", "CWE-416", "CWE-457", "CWE-476", "CWE-787", "CWE-200", "CWE-209", "CWE-215", "CWE-252", "CWE-390", "CWE-489", "CWE-532", "CWE-703", "CWE-353", "CWE-919"], ids: ["G[2-7][0-9][0-9]", "G103", "G104", "G107", "G109", "G110", "G111", "G112", "G114", "G115", "taint-*", "C2001", "40012", "40004", "40005", "6"] }, hygiene: { description: "Hygiene, not security (tags, labels, naming, descriptions, code quality, health probes); listed so that nothing is unclassified by accident", categories: ["checkov:CONVENTION", "semgrep:{correctness,best-practice,maintainability,performance,portability,compatibility}", "codeql:{reliability,maintainability,correctness,efficiency,readability,useless-code,portability,accuracy}"], cwe: ["CWE-561", "CWE-563", "CWE-1164"], ids: ["e38a8e0a-b88b-4902-b3fe-b0fcb17d5c10", "ba48df05-eaa1-4d64-905e-4a4b051e7587", "1e434b25-8763-4b00-a5ca-ca03b7abbb66", "59312e8a-a64e-41e7-a252-618533dd1ea8", "2a153952-2544-4687-bcc9-cc8fea814a9b", "fc5109bf-01fd-49fb-8bde-4492b543c34a", "68eb4bf3-f9bf-463d-b5cf-e029bb446d2e", "cb3f5ed6-0d18-40de-a93d-b3538db31e8c", "60224630-175a-472a-9e23-133827040766", "CKV_AWS_135", "CKV_AWS_23", "CKV_DOCKER_2", "CKV_K8S_8", "CKV_K8S_9", "C-0018", "C-0056", "C-0076", "C-0077", "SNYK-CC-K8S-41", "DL3003", "DL3015", "DL4006", "10049", "10109", "10111", "10112"] } }, rules: [{ id: "zt-block-secrets", description: "Hard-coded secrets block on every asset; rotate the secret, then remove it.", when: { control: "hard-coded-secrets" }, action: "block", examples: [{ name: "gitleaks AWS key on a public asset", finding: { id: "aws-access-token", layer: "secret", tool: "gitleaks", severity: "medium" }, classification: "public", verdict: "block" }, { name: "KICS hard-coded AWS key in Terraform", finding: { id: "d7b9d850-3e06-4a75-852f-c46c2e92240b", layer: "iac", severity: "low" }, verdict: "block" }, { name: "an unrelated misconfiguration", finding: { id: "CKV_K8S_14", layer: "iac", severity: "low" }, matches: !1 }] }, { id: "zt-block-known-exploited", description: "Vulnerabilities on CISA's Known Exploited Vulnerabilities list block everywhere.", when: { control: "vulnerable-components", kev: !0 }, action: "block", examples: [{ finding: { id: "CVE-2021-44228", layer: "dependency", package: "log4j-core", severity: "critical", kev: !0 }, classification: "public", verdict: "block" }, { finding: { id: "CVE-2024-0001", layer: "dependency", package: "x", severity: "critical" }, matches: !1 }] }, { id: "zt-block-fixable-critical", description: "Fixable critical vulnerabilities block everything but public assets.", when: { control: "vulnerable-components", severity: "critical", fixable: !0, classification: ">=internal" }, action: "block", examples: [{ finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "internal", verdict: "block" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { finding: { id: "CVE-2019-12900", layer: "image", package: "libbz2", severity: "critical", fixable: !1 }, classification: "restricted", matches: !1 }] }, { id: "zt-block-fixable-high-sensitive", description: "Fixable high vulnerabilities block confidential and restricted assets.", when: { control: "vulnerable-components", severity: ">=high", fixable: !0, classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "restricted", verdict: "block" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !0 }, classification: "public", matches: !1, verdict: "warn" }, { name: "unscored findings count as high (settings.unknown-severity)", finding: { id: "CVE-2023-9999", layer: "image", package: "zlib", severity: "unknown", fixable: !0 }, classification: "confidential", verdict: "block" }] }, { id: "zt-warn-high-vulnerabilities", description: "Other high and critical vulnerabilities are warnings, whatever the asset.", when: { control: "vulnerable-components", severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "high", fixable: !1 }, classification: "restricted", verdict: "warn" }, { finding: { id: "CVE-2023-1234", layer: "dependency", package: "lodash", severity: "medium" }, matches: !1, verdict: "info" }] }, { id: "zt-block-public-ingress", description: "Public ingress to confidential or restricted assets blocks; segment the network.", when: { control: "public-ingress", classification: ">=confidential" }, action: "block", examples: [{ name: "Checkov open security group", finding: { id: "CKV_AWS_260", layer: "iac", tool: "checkov", severity: "unknown" }, classification: "restricted", verdict: "block" }, { name: "KICS unrestricted ingress", finding: { id: "4728cd65-a20c-49da-8b31-9c08b423e4db", layer: "iac", tool: "kics", severity: "high" }, classification: "confidential", verdict: "block" }, { name: "Trivy open security group rule (new id spelling)", finding: { id: "AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "restricted", verdict: "block" }, { name: "public asset", finding: { id: "AVD-AWS-0107", layer: "iac", tool: "trivy", severity: "critical" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-wildcard-iam", description: "Wildcard or admin IAM on confidential or restricted assets blocks.", when: { control: "wildcard-or-admin-iam", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "12b7e704-37f0-4d1e-911a-44bf60c48c21", layer: "iac", tool: "kics", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "CKV_AWS_1", layer: "iac", tool: "checkov" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-block-privileged-containers", description: "Privileged or root containers of confidential or restricted assets block.", when: { control: "privileged-or-root-container", classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "KSV012", layer: "iac", tool: "trivy-operator", severity: "medium" }, classification: "restricted", verdict: "block" }, { finding: { id: "AVD-KSV-0116", layer: "iac", tool: "trivy", severity: "low" }, classification: "confidential", verdict: "block" }, { finding: { id: "DL3002", layer: "iac", tool: "hadolint", severity: "medium" }, classification: "public", matches: !1, verdict: "warn" }] }, { id: "zt-block-unencrypted", description: "Data at rest or in transit without encryption blocks confidential and restricted assets.", when: { control: ["encryption-at-rest", "encryption-in-transit"], classification: ">=confidential" }, action: "block", examples: [{ finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov" }, classification: "restricted", verdict: "block" }, { finding: { id: "aws-elb-http-not-used", layer: "iac", tool: "tfsec", severity: "critical" }, classification: "confidential", verdict: "block" }, { finding: { id: "aws-eks-encrypt-secrets", layer: "iac", tool: "tfsec", severity: "high" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-warn-control-gaps", description: "Gaps in ingress, IAM, container privilege and encryption controls warn on every asset.", when: { control: ["public-ingress", "wildcard-or-admin-iam", "privileged-or-root-container", "encryption-at-rest", "encryption-in-transit"] }, action: "warn", examples: [{ finding: { id: "CKV_K8S_20", layer: "iac", tool: "checkov", severity: "low" }, classification: "public", verdict: "warn" }, { name: "hygiene (a liveness probe)", finding: { id: "CKV_K8S_8", layer: "iac", tool: "checkov", severity: "low" }, matches: !1, verdict: "info" }] }, { id: "zt-warn-missing-audit-logging", description: "Missing audit logging warns on confidential and restricted assets.", when: { control: "missing-audit-logging", classification: ">=confidential" }, action: "warn", examples: [{ finding: { id: "f861041c-8c9f-4156-acfc-5e6e524f5884", layer: "iac", tool: "kics", severity: "low" }, classification: "restricted", verdict: "warn" }, { finding: { id: "aws-eks-enable-control-plane-logging", layer: "iac", tool: "tfsec", severity: "medium" }, classification: "public", matches: !1, verdict: "info" }] }, { id: "zt-block-segmentation-identity-api", description: "Gaps in microsegmentation, workload identity or the API layer of confidential or restricted assets block, from medium severity up.", when: { control: ["microsegmentation", "workload-identity", "api-layer"], severity: ">=medium", classification: ">=confidential" }, action: "block", examples: [{ name: "GCP firewall open to the internet (Checkov)", finding: { id: "CKV_GCP_2", layer: "iac", tool: "checkov" }, classification: "restricted", verdict: "block" }, { name: "service-account token mounted everywhere (kubescape)", finding: { id: "C-0034", layer: "posture", tool: "kubescape", severity: "medium" }, classification: "confidential", verdict: "block" }, { name: "no rate limit on an expensive route (Snyk Code, by CWE)", finding: { id: "javascript/NoRateLimitingForExpensiveWebOperation", layer: "code", tool: "snykcode", severity: "medium", cwe: ["CWE-770"] }, classification: "restricted", verdict: "block" }, { name: "a KICS query nobody listed, by its category", finding: { id: "00000000-0000-4000-8000-000000000000", layer: "iac", tool: "kics", severity: "medium", category: "Networking and Firewall" }, classification: "confidential", verdict: "block" }, { name: "low severity", finding: { id: "C-0049", layer: "posture", tool: "kubescape", severity: "low" }, classification: "restricted", matches: !1, verdict: "warn" }, { name: "internal asset", finding: { id: "CKV_AZURE_10", layer: "iac", tool: "checkov" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "zt-block-code-weaknesses", description: "High and critical weaknesses in the code of confidential or restricted assets block.", when: { control: "application-weaknesses", severity: ">=high", classification: ">=confidential" }, action: "block", examples: [{ name: "SQL injection (CodeQL, by CWE)", finding: { id: "py/sql-injection", layer: "code", tool: "codeql", severity: "high", cwe: ["CWE-89"] }, classification: "confidential", verdict: "block" }, { name: "a medium weakness", finding: { id: "G304", layer: "code", tool: "gosec", severity: "medium", cwe: ["CWE-22"] }, classification: "restricted", matches: !1, verdict: "warn" }] }, { id: "zt-warn-zero-trust-gaps", description: "Gaps in segmentation, identity, the API layer, container hardening, the supply chain and the code warn on internal and more sensitive assets.", when: { control: ["microsegmentation", "workload-identity", "api-layer", "container-hardening", "supply-chain", "application-weaknesses"], classification: ">=internal" }, action: "warn", examples: [{ finding: { id: "KSV014", layer: "iac", tool: "trivy-operator", severity: "low" }, verdict: "warn" }, { finding: { id: "DL3008", layer: "iac", tool: "hadolint", severity: "medium" }, classification: "public", matches: !1, verdict: "info" }] }, { id: "zt-warn-monitoring-and-recovery", description: "Missing monitoring, tracing, flow logs or recovery warn on confidential and restricted assets.", when: { control: ["monitoring", "backup-and-recovery"], classification: ">=confidential" }, action: "warn", examples: [{ finding: { id: "8152e0cf-d2f0-47ad-96d5-d003a76eabd1", layer: "iac", tool: "kics", severity: "low" }, classification: "confidential", verdict: "warn" }, { finding: { id: "CKV_AWS_157", layer: "iac", tool: "checkov", severity: "low" }, classification: "internal", matches: !1, verdict: "info" }] }, { id: "zt-info-hygiene", description: "Hygiene (tags, naming, descriptions, code quality, probes) is listed for information; a stricter rule still wins.", when: { control: "hygiene" }, action: "info", examples: [{ finding: { id: "e38a8e0a-b88b-4902-b3fe-b0fcb17d5c10", layer: "iac", tool: "kics", severity: "info" }, verdict: "info" }, { finding: { id: "CKV_AWS_16", layer: "iac", tool: "checkov" }, matches: !1 }] }, { id: "zt-warn-other-high", description: "Other high and critical findings are warnings.", when: { severity: ">=high" }, action: "warn", examples: [{ finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, verdict: "warn" }, { finding: { id: "DL3015", layer: "iac", tool: "hadolint", severity: "medium" }, matches: !1 }] }, { id: "zt-info-lower", description: "Medium and lower findings are listed for information.", when: { severity: "<=medium" }, action: "info", examples: [{ finding: { id: "DL3015", layer: "iac", tool: "hadolint", severity: "medium" }, verdict: "info" }, { finding: { id: "CKV_GIT_1", layer: "iac", tool: "checkov", severity: "high" }, matches: !1 }] }], settings: { "fail-on": "block", "unknown-severity": "high", "default-action": "info" } };

// rules/licenses.yml
var licenses_default = `# yaml-language-server: $schema=../schema/policy.schema.json
# The built-in \`licenses\` pack: licence findings (Trivy's licence scanner, CycloneDX component
# licences, Snyk licence issues) judged on their SPDX expressions. Strong copyleft blocks
# confidential and restricted assets and warns elsewhere; a licence that cannot be read
# (NOASSERTION, missing, not SPDX) warns, and blocks where copyleft would: it cannot be shown
# not to be copyleft. Use it with \`extends: [default, licenses]\` and declare your assets.
# \`MIT OR GPL-3.0-only\` passes (the component may be used under MIT); \`MIT AND GPL-3.0-only\`
# does not. LGPL and MPL (weak copyleft) are not listed: add your own rule to deny them.
version: 1

rules:
  - id: license-block-strong-copyleft
    description: Strong copyleft licences block confidential and restricted assets.
    when:
      license: &strong-copyleft
        deny: [GPL-*, AGPL-*, SSPL-*, OSL-*, EUPL-*, RPL-*, CPAL-1.0, Sleepycat]
      classification: ">=confidential"
    action: block
    examples:
      - name: AGPL in a restricted asset
        finding: { id: AGPL-3.0-only, license: AGPL-3.0-only, package: mongo-lib }
        classification: restricted
        verdict: block
      - name: the deprecated id GPL-2.0 is GPL-2.0-only
        finding: { id: GPL-2.0, license: GPL-2.0, package: busybox, tool: trivy }
        classification: confidential
        verdict: block
      - name: both licences are needed
        finding: { id: MIT AND GPL-3.0-only, license: MIT AND GPL-3.0-only, package: x }
        classification: confidential
        verdict: block
      - name: one branch of an OR is enough
        finding: { id: MIT OR GPL-3.0-only, license: MIT OR GPL-3.0-only, package: x }
        classification: restricted
        matches: false
      - name: a licence that cannot be read blocks where copyleft would
        finding: { id: NOASSERTION, license: NOASSERTION, package: x }
        classification: restricted
        verdict: block
      - name: weak copyleft is not strong copyleft
        finding: { id: LGPL-2.1-only, license: LGPL-2.1-only, package: x }
        classification: restricted
        matches: false
      - name: strong copyleft on an internal asset
        finding: { id: GPL-3.0-only, license: GPL-3.0-only, package: x }
        classification: internal
        matches: false
        verdict: warn

  - id: license-warn-strong-copyleft
    description: Strong copyleft licences are warnings everywhere else.
    when:
      license: *strong-copyleft
    action: warn
    examples:
      - finding: { id: GPL-3.0-or-later, license: GPL-3.0-or-later, package: x }
        classification: public
        verdict: warn
      - name: a licence name is read as its SPDX id
        finding: { id: Apache 2.0, license: Apache 2.0, package: x }
        classification: public
        matches: false
      - name: a vulnerability is not a licence finding
        finding: { id: CVE-2021-44228, layer: dependency, package: log4j-core, severity: low }
        matches: false

  - id: license-warn-unknown
    description: Licences that are missing or cannot be read as SPDX are warnings.
    when: { license: unknown }
    action: warn
    examples:
      - name: NOASSERTION
        finding: { id: NOASSERTION, license: NOASSERTION, package: x }
        classification: public
        verdict: warn
      - name: no licence declared
        finding: { id: unknown-license, layer: license, package: x }
        classification: internal
        verdict: warn
      - name: not an SPDX expression
        finding: { id: Acme Commercial License, license: Acme Commercial License, package: x }
        verdict: warn
      - finding: { id: MIT, license: MIT, package: x }
        matches: false
`, parsed3 = { version: 1, rules: [{ id: "license-block-strong-copyleft", description: "Strong copyleft licences block confidential and restricted assets.", when: { license: { deny: ["GPL-*", "AGPL-*", "SSPL-*", "OSL-*", "EUPL-*", "RPL-*", "CPAL-1.0", "Sleepycat"] }, classification: ">=confidential" }, action: "block", examples: [{ name: "AGPL in a restricted asset", finding: { id: "AGPL-3.0-only", license: "AGPL-3.0-only", package: "mongo-lib" }, classification: "restricted", verdict: "block" }, { name: "the deprecated id GPL-2.0 is GPL-2.0-only", finding: { id: "GPL-2.0", license: "GPL-2.0", package: "busybox", tool: "trivy" }, classification: "confidential", verdict: "block" }, { name: "both licences are needed", finding: { id: "MIT AND GPL-3.0-only", license: "MIT AND GPL-3.0-only", package: "x" }, classification: "confidential", verdict: "block" }, { name: "one branch of an OR is enough", finding: { id: "MIT OR GPL-3.0-only", license: "MIT OR GPL-3.0-only", package: "x" }, classification: "restricted", matches: !1 }, { name: "a licence that cannot be read blocks where copyleft would", finding: { id: "NOASSERTION", license: "NOASSERTION", package: "x" }, classification: "restricted", verdict: "block" }, { name: "weak copyleft is not strong copyleft", finding: { id: "LGPL-2.1-only", license: "LGPL-2.1-only", package: "x" }, classification: "restricted", matches: !1 }, { name: "strong copyleft on an internal asset", finding: { id: "GPL-3.0-only", license: "GPL-3.0-only", package: "x" }, classification: "internal", matches: !1, verdict: "warn" }] }, { id: "license-warn-strong-copyleft", description: "Strong copyleft licences are warnings everywhere else.", when: { license: { deny: ["GPL-*", "AGPL-*", "SSPL-*", "OSL-*", "EUPL-*", "RPL-*", "CPAL-1.0", "Sleepycat"] } }, action: "warn", examples: [{ finding: { id: "GPL-3.0-or-later", license: "GPL-3.0-or-later", package: "x" }, classification: "public", verdict: "warn" }, { name: "a licence name is read as its SPDX id", finding: { id: "Apache 2.0", license: "Apache 2.0", package: "x" }, classification: "public", matches: !1 }, { name: "a vulnerability is not a licence finding", finding: { id: "CVE-2021-44228", layer: "dependency", package: "log4j-core", severity: "low" }, matches: !1 }] }, { id: "license-warn-unknown", description: "Licences that are missing or cannot be read as SPDX are warnings.", when: { license: "unknown" }, action: "warn", examples: [{ name: "NOASSERTION", finding: { id: "NOASSERTION", license: "NOASSERTION", package: "x" }, classification: "public", verdict: "warn" }, { name: "no licence declared", finding: { id: "unknown-license", layer: "license", package: "x" }, classification: "internal", verdict: "warn" }, { name: "not an SPDX expression", finding: { id: "Acme Commercial License", license: "Acme Commercial License", package: "x" }, verdict: "warn" }, { finding: { id: "MIT", license: "MIT", package: "x" }, matches: !1 }] }] };

// src/policy/packs.ts
var BUILTIN_PACKS = {
  default: default_default,
  "zero-trust": zero_trust_default,
  licenses: licenses_default
}, BUILTIN_PACK_VALUES = {
  default: parsed,
  "zero-trust": parsed2,
  licenses: parsed3
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

// src/policy/enrichment-settings.ts
function enrichmentSettings(s) {
  return {
    ...s["enrichment-max-age-days"] === void 0 ? {} : { enrichmentMaxAgeDays: s["enrichment-max-age-days"] },
    ...s["enrichment-stale"] === void 0 ? {} : { enrichmentStale: s["enrichment-stale"] }
  };
}

// src/policy/merge-layers.ts
var DEFAULT_SETTINGS = {
  failOn: "block",
  unknownSeverity: "high",
  defaultAction: "info",
  scannerSuppressions: DEFAULT_SCANNER_SUPPRESSIONS
}, DEFAULT_CLASSIFICATION = "internal";
function mergeLayers(bases, own) {
  let { doc, source, file, origin } = own, controls = mergeByKey([
    ...bases.map((b) => b.controls.map((c) => [c.name, c])),
    locatedErrors(source, "/controls", () => compileControls(doc.controls ?? {})).map(
      (c) => [c.name, c]
    )
  ]), ownRules = (doc.rules ?? []).map((r, i) => compileRule(r, file, origin, source, i));
  checkControlRefs(doc, controls, source);
  let assets = mergeByKey([
    ...bases.map((b) => b.assets.map((a) => [a.spec.name, a])),
    locatedErrors(source, "/assets", () => compileAssets(doc.assets ?? [])).map(
      (a) => [a.spec.name, a]
    )
  ]), rules = mergeByKey([
    ...bases.map((b) => b.rules.map((r) => [r.id, r])),
    ownRules.map((r) => [r.id, r])
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
  return s["fail-on"] && (out.failOn = s["fail-on"]), s["unknown-severity"] && (out.unknownSeverity = s["unknown-severity"]), s["default-action"] && (out.defaultAction = s["default-action"]), s["max-waiver-days"] !== void 0 && (out.maxWaiverDays = s["max-waiver-days"]), s["scanner-suppressions"] && (out.scannerSuppressions = s["scanner-suppressions"]), s["waiver-approvers"] && (out.waiverApprovers = s["waiver-approvers"]), { ...out, ...enrichmentSettings(s) };
}
function mergeByKey(layers) {
  let byKey = /* @__PURE__ */ new Map();
  for (let layer of layers) for (let [k, v] of layer) byKey.set(k, v);
  return [...byKey.values()];
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
var BUILTIN_PREFIX = "built-in:";
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
    import("./yaml-source-M7KOCJLM.js"),
    import("./document-6CL2XF3G.js")
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
function builtinSource(file, parsed4) {
  return { file, value: structuredClone(parsed4), locate: () => ({ line: 1, column: 1 }) };
}
async function sourceOf(text, file, origin) {
  let parsed4 = "builtin" in origin ? BUILTIN_PACK_VALUES[origin.builtin] : void 0;
  if (parsed4 !== void 0)
    return { source: builtinSource(file, parsed4), doc: parsed4 };
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
  return mergeLayers(bases, { doc, source, file, origin });
}

// src/io/remote-policy.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname as dirname2, join } from "node:path";

// src/io/github-api.ts
function apiBase(apiUrl) {
  return (apiUrl || "https://api.github.com").replace(/\/+$/, "");
}
function apiGetter(options) {
  let api = apiBase(options.apiUrl), once = async (url) => {
    let doFetch = options.fetch ?? fetch;
    try {
      return await doFetch(url, {
        headers: {
          accept: "application/vnd.github+json",
          "x-github-api-version": "2022-11-28",
          "user-agent": "ztgate",
          ...options.token ? { authorization: `token ${options.token}` } : {}
        },
        signal: AbortSignal.timeout(3e4)
      });
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  };
  return async (pathOrUrl) => {
    let url = pathOrUrl.startsWith("/") ? `${api}${pathOrUrl}` : pathOrUrl, delay = options.retryDelayMs ?? 1e3;
    for (let attempt = 1; ; attempt++) {
      let res = await once(url);
      if (!(res instanceof Error || res.status >= 500 || res.status === 429) || attempt >= 3) return res;
      await new Promise((r) => setTimeout(r, delay * 2 ** (attempt - 1)));
    }
  };
}

// src/io/remote-policy.ts
var MAX_PACK_BYTES = 1024 * 1024;
function githubReader(options) {
  let request = apiGetter(options), get = async (path) => {
    let res = await request(path);
    if (res instanceof Error)
      throw new Error(`cannot be reached: the GitHub API is unreachable (${res.message})`);
    if (res.ok) return res.json();
    throw Object.assign(new Error(refusal(res.status, !!options.token)), {
      status: res.status
    });
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

// src/reports/github-alerts.ts
var ALERT_SOURCES = {
  "code-scanning": {
    format: "github-code-scanning",
    layer: "code",
    permission: "security-events: read",
    path: "code-scanning/alerts",
    takesRef: !0
  },
  dependabot: {
    format: "github-dependabot",
    layer: "dependency",
    permission: "vulnerability-alerts: read (Dependabot alerts: read)",
    path: "dependabot/alerts",
    takesRef: !1
  },
  "secret-scanning": {
    format: "github-secret-scanning",
    layer: "secret",
    permission: "secret-scanning-alerts: read",
    path: "secret-scanning/alerts",
    takesRef: !1,
    // The API then leaves the secret out of its answer: ztgate never holds the value.
    query: "hide_secret=true"
  }
}, KINDS = Object.keys(ALERT_SOURCES);
function parseAlertKinds(text, what) {
  let names = text.split(/[\s,]+/).filter(Boolean), unknown = names.find((n) => !KINDS.includes(n));
  if (unknown !== void 0)
    throw new GateError(`${what} names "${unknown}": it takes ${KINDS.join(", ")}`);
  return [...new Set(names)];
}
var alertSourceName = (kind) => `github:${kind}`;
function alertReadLine(r) {
  let name = alertSourceName(r.kind);
  if ("problem" in r) return `${name} was not read: ${r.problem}`;
  let why = ALERT_SOURCES[r.kind].takesRef ? "" : " (this API lists only the default branch's alerts)";
  return `${name}: ${r.alerts.length} alert(s) read through the GitHub API for ${r.read}${why}, ${r.pages} page(s)`;
}
function alertEvidence(kind, alerts) {
  let path = alertSourceName(kind), text = JSON.stringify(alerts);
  return parseEvidence({ path, text, syntax: "json", json: alerts }, ALERT_SOURCES[kind].format);
}

// src/run.ts
import { realpathSync, statSync } from "node:fs";
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

// src/enrichment/catalog.ts
function catalogLabel(catalog) {
  return catalog.kind === "kev" ? `KEV catalog ${catalog.version}` : `EPSS ${catalog.scored.toISOString().slice(0, 10)} (model ${catalog.model})`;
}
var CVE_ID = /^CVE-\d{4}-\d{4,}$/i;

// src/enrichment/enrich.ts
function enrichFindings(findings, catalogs) {
  let marks = /* @__PURE__ */ new Map();
  return { findings: findings.map((f) => {
    let cves = cveIds(f);
    if (cves.length === 0) return f;
    let mark = {}, { kev, epss } = f;
    catalogs.kev && !kev && cves.some((id) => catalogs.kev.cves.has(id)) && (kev = !0, mark.kev = catalogLabel(catalogs.kev));
    let score = catalogs.epss ? maxScore(cves, catalogs.epss.scores) : void 0;
    return score !== void 0 && (epss === void 0 || score > epss) && (epss = score, mark.epss = catalogLabel(catalogs.epss)), !mark.kev && !mark.epss ? f : (marks.set(f.fingerprint, mark), { ...f, kev, epss });
  }), marks };
}
function cveIds(f) {
  let ids = /* @__PURE__ */ new Set();
  for (let id of [f.id, ...f.aliases]) {
    let trimmed = id.trim();
    CVE_ID.test(trimmed) && ids.add(trimmed.toUpperCase());
  }
  return [...ids];
}
function maxScore(cves, scores) {
  let max;
  for (let id of cves) {
    let s = scores.get(id);
    s !== void 0 && (max === void 0 || s > max) && (max = s);
  }
  return max;
}

// src/enrichment/age.ts
var DEFAULT_ENRICHMENT_AGE = { maxAgeDays: 7, stale: "warn" }, DAY_MS = 864e5;
function staleCatalogs(catalogs, age, now) {
  let out = [];
  for (let [catalog, date] of [
    [catalogs.kev, catalogs.kev?.released],
    [catalogs.epss, catalogs.epss?.scored]
  ]) {
    if (!catalog || !date) continue;
    let days = (now.getTime() - date.getTime()) / DAY_MS;
    days <= age.maxAgeDays || out.push(
      `${catalogLabel(catalog)} (${catalog.file}) is ${Math.floor(days)} days old, more than settings.enrichment-max-age-days (${age.maxAgeDays}): kev/epss rules judge with an old snapshot; download a current one`
    );
  }
  return out;
}

// src/gate/enrichment.ts
function markEnrichment(evaluation, marks, catalogs, settings, now) {
  for (let e of evaluation.findings) {
    let mark = marks.get(e.finding.fingerprint);
    mark && (e.enrichment = mark);
  }
  let used = [catalogs.kev, catalogs.epss].flatMap(
    (c) => c ? [
      {
        label: catalogLabel(c),
        file: c.file,
        date: (c.kind === "kev" ? c.released : c.scored).toISOString()
      }
    ] : []
  );
  evaluation.enrichment = { catalogs: used, enriched: marks.size };
  let stale = staleCatalogs(
    catalogs,
    {
      maxAgeDays: settings.enrichmentMaxAgeDays ?? DEFAULT_ENRICHMENT_AGE.maxAgeDays,
      stale: settings.enrichmentStale ?? DEFAULT_ENRICHMENT_AGE.stale
    },
    now
  );
  return (settings.enrichmentStale === "error" ? evaluation.errors : evaluation.warnings).push(...stale), evaluation;
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

// src/gate/alert-reads.ts
function requiredLayers(require2) {
  let layers = new Set(require2.layers ?? []);
  for (let c of Object.values(require2.classifications ?? {}))
    for (let l of c?.layers ?? []) layers.add(l);
  return layers;
}
function judgeAlertReads(reads, require2) {
  let required = requiredLayers(require2), judged = { read: [], warnings: [] }, refused = [];
  for (let r of reads) {
    let { layer } = ALERT_SOURCES[r.kind];
    "problem" in r ? required.has(layer) ? refused.push(
      `${alertSourceName(r.kind)}: ${r.problem}; the policy requires the ${layer} layer (require), so the gate cannot decide without it`
    ) : judged.warnings.push(
      `${alertReadLine(r)}; its ${layer} findings are missing (the ${layer} layer is not required)`
    ) : (judged.read.push({ kind: r.kind, alerts: r.alerts }), judged.warnings.push(alertReadLine(r)));
  }
  if (refused.length > 0) throw new GateError(refused.join("; "));
  return judged;
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
    return statSync(file).size;
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
  catalogs,
  alerts,
  loaded,
  firstSeen
}) {
  let judged = alerts ? judgeAlertReads(alerts, policy.require) : void 0, parsed4 = loaded ? [...loaded] : reports.map((request, i) => {
    onReport?.(i, reports.length, request.path);
    let size = onRead ? fileSize(request.file ?? request.path) : 0;
    return loadEvidence(request, onRead && ((bytes, found) => onRead(bytes, size, found)));
  });
  for (let { kind, alerts: list2 } of judged?.read ?? []) parsed4.push(alertEvidence(kind, list2));
  let evaluation = evaluateParsed(parsed4, policy, now, {
    root,
    binding,
    unapproved,
    catalogs,
    firstSeen
  });
  return evaluation.warnings.push(...judged?.warnings ?? []), { evaluation, parsed: parsed4 };
}
function evaluateParsed(parsed4, policy, now, options = {}) {
  let { root, binding, unapproved, catalogs, firstSeen } = options, merged = dedupe(
    parsed4.flatMap((r) => r.findings),
    policy.settings.unknownSeverity
  ), enriched = catalogs ? enrichFindings(merged, catalogs) : void 0, findings = enriched?.findings ?? merged;
  if (root !== void 0)
    for (let f of findings) {
      let path = f.location?.path;
      if (path === void 0 || !isAbsolute(path)) continue;
      let inRepo = repositoryPath(path, root);
      inRepo !== void 0 && inRepo !== "." && (f.location = { ...f.location, path: inRepo });
    }
  let summaries = parsed4.map((r) => ({
    path: r.path,
    format: r.format,
    findings: r.findings.length,
    layers: r.layers,
    ...r.createdAt ? { createdAt: r.createdAt } : {},
    timestamped: r.timestamped,
    images: namedImages(r),
    subject: { digests: r.subject.digests, revisions: r.subject.revisions }
  })), evaluation = evaluate(findings, policy, now, summaries, {
    root,
    binding,
    unapproved,
    firstSeen
  });
  catalogs && markEnrichment(evaluation, enriched.marks, catalogs, policy.settings, now);
  let outside = outsideWarning(evaluation, root);
  return outside && evaluation.warnings.push(outside), evaluation;
}
function namedImages(report) {
  let images = new Set(report.subject.images);
  for (let f of report.findings) f.target && images.add(f.target);
  return [...images];
}
function outsideWarning(evaluation, root) {
  if (root === void 0) return;
  let count = 0, first, outside = /* @__PURE__ */ new Map(), isOutside = (p) => {
    if (!p || !mayLeaveRoot(p)) return !1;
    let known = outside.get(p);
    return known === void 0 && outside.set(p, known = repositoryPath(p, root) === void 0), known;
  };
  for (let e of evaluation.findings) {
    let f = e.finding, path = isOutside(f.location?.path) ? f.location?.path : f.foundBy.find((s) => isOutside(s.report))?.report;
    path !== void 0 && (count++, first ??= path);
  }
  if (count !== 0)
    return `${count} finding(s) name a path outside the repository root ${root} (first: ${JSON.stringify(first)}): no asset, rule or waiver paths match it there, so they are classified by their other places or default-classification (ztgate explain shows each)`;
}
function mayLeaveRoot(p) {
  let c = p.charCodeAt(0);
  return c === 47 || c === 92 || p.charCodeAt(1) === 58 || p.includes("..");
}
function loadPolicyFor(explicit, cwd, remote) {
  return loadPolicy(findPolicyPath(explicit, cwd), void 0, void 0, remote);
}

export {
  BUILTIN_PACKS,
  remoteName,
  BUILTIN_PREFIX,
  loadPolicyWith,
  apiBase,
  apiGetter,
  githubReader,
  readerFromEnv,
  retryDelayOf,
  readFromDisk,
  loadPolicy,
  loadOrigin,
  gitEnvironment,
  gitTopLevel,
  discoverPolicy,
  discoverPolicyWith,
  CVE_ID,
  ALERT_SOURCES,
  parseAlertKinds,
  alertSourceName,
  alertReadLine,
  findPolicyPath,
  locateRepository,
  resolveReportArgs,
  runCheck,
  evaluateParsed,
  loadPolicyFor
};
