export function packModuleSource(text: string): string;
