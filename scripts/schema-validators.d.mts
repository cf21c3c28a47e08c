export const VALIDATOR_MODULES: Record<string, Record<string, string>>;
export function schemaValidatorsSource(root: string, id: string): string;
export function schemaAjv(root: string, options?: { standalone?: boolean }): import("ajv").Ajv;
