export const POLICY_VALIDATORS: string;
export function policyValidatorsSource(root: string): string;
