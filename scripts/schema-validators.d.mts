export const SCHEMA_VALIDATORS: string;
export function schemaValidatorsSource(root: string): string;
