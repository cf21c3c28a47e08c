export function packModuleSource(text: string, file?: string): string;
