/** The path of the installed Electron binary, or undefined when none is installed. */
export function findElectronBinary(): string | undefined;
