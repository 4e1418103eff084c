export function findElectron(root?: string): { path: string } | { reason: string };
