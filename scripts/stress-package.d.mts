export function buildStressPackage(ana: string, dir: string, options?: { decisionItems?: number }): Promise<string>;
