// `npm run icons`: regenerates build/icons/png, build/icon.ico and build/icon.icns from build/icon.svg.
// The outputs are committed, so packaging never depends on sharp's native binary.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateIcons } from './icons.ts';

const buildDir = fileURLToPath(new URL('..', import.meta.url));
const written = await generateIcons(`${buildDir}icon.svg`, buildDir);
for (const file of written) console.log(`icons: ${relative(process.cwd(), file)}`);
