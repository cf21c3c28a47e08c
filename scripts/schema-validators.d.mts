export const VALIDATOR_MODULES: Record<string, Record<string, string>>;
export function schemaValidatorsSource(root: string, id: string): string;
