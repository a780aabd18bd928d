// Renders every platform icon from the one source image, build/icon.svg. The .ico and .icns containers
// are written here rather than with a library: both are a small index in front of the images.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** Linux icon-theme sizes (hicolor), plus 1024 for stores and AppImage tools. */
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Sizes inside the Windows .ico: what Explorer, the taskbar and the installer ask for. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

/** The macOS .icns chunks: OSType and pixel size (the @2x types hold double-resolution images). */
export const ICNS_CHUNKS = [
  { type: 'icp4', size: 16 },
  { type: 'icp5', size: 32 },
  { type: 'ic11', size: 32 },
  { type: 'icp6', size: 64 },
  { type: 'ic12', size: 64 },
  { type: 'ic07', size: 128 },
  { type: 'ic08', size: 256 },
  { type: 'ic13', size: 256 },
  { type: 'ic09', size: 512 },
  { type: 'ic14', size: 512 },
  { type: 'ic10', size: 1024 },
] as const;

// Small icons lose the macOS-style margin: at 16-64 px every pixel of the motif counts. The square
// is the source's rounded background plus a few units for antialiasing.
const SMALL_ICON_MAX = 64;
const FULL_VIEWBOX = '0 0 1024 1024';
const TIGHT_VIEWBOX = '92 92 840 840';
// Windows reads 256 px images only as PNG; smaller ones as bitmaps, which every Windows tool accepts.
const ICO_PNG_MIN = 256;

/** Where `generateIcons` writes, relative to its output folder. */
export const ICON_FILES = { pngDir: 'icons/png', ico: 'icon.ico', icns: 'icon.icns' } as const;

/** The name electron-builder expects for a Linux icon of `size` pixels. */
export const pngName = (size: number): string => `${size}x${size}.png`;

/** Renders the SVG to a square PNG of `size` pixels; `tight` drops the outer margin. */
export async function renderPng(svg: string, size: number, tight = false): Promise<Buffer> {
  const source = tight ? svg.replace(`viewBox="${FULL_VIEWBOX}"`, `viewBox="${TIGHT_VIEWBOX}"`) : svg;
  if (tight && source === svg) throw new Error(`icon.svg must have viewBox="${FULL_VIEWBOX}"`);
  // Rasterising at the target density (not downscaling a large render) keeps small sizes crisp.
  return sharp(Buffer.from(source), { density: (72 * size) / 1024 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
}

/** A 32-bit BMP image as .ico stores it: BITMAPINFOHEADER, bottom-up BGRA rows, then the AND mask. */
export async function icoBitmap(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(width, 4);
  header.writeInt32LE(height * 2, 8); // XOR image and AND mask, stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = ((height - 1 - y) * width + x) * 4;
      pixels[to] = data[from + 2] ?? 0;
      pixels[to + 1] = data[from + 1] ?? 0;
      pixels[to + 2] = data[from] ?? 0;
      pixels[to + 3] = data[from + 3] ?? 0;
    }
  }
  // All zero: alpha already says what is transparent; the mask only matters to pre-XP Windows.
  const mask = Buffer.alloc(Math.ceil(width / 32) * 4 * height);
  return Buffer.concat([header, pixels, mask]);
}

/** An .ico file holding one image per size: `images` maps a size to its PNG. */
export async function encodeIco(images: ReadonlyMap<number, Buffer>): Promise<Buffer> {
  const entries = [...images].sort(([a], [b]) => a - b);
  const payloads = await Promise.all(entries.map(([size, png]) => (size >= ICO_PNG_MIN ? png : icoBitmap(png))));
  const head = Buffer.alloc(6 + 16 * entries.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2); // 1 = icon (2 would be a cursor)
  head.writeUInt16LE(entries.length, 4);
  let offset = head.length;
  entries.forEach(([size], i) => {
    const at = 6 + 16 * i;
    const bytes = payloads[i]!.length;
    head.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    head.writeUInt8(size >= 256 ? 0 : size, at + 1);
    head.writeUInt8(0, at + 2);
    head.writeUInt8(0, at + 3);
    head.writeUInt16LE(1, at + 4);
    head.writeUInt16LE(32, at + 6);
    head.writeUInt32LE(bytes, at + 8);
    head.writeUInt32LE(offset, at + 12);
    offset += bytes;
  });
  return Buffer.concat([head, ...payloads]);
}

/** An .icns file: the 'icns' header, then one chunk (OSType, length, PNG) per entry. */
export function encodeIcns(chunks: readonly { type: string; png: Buffer }[]): Buffer {
  const parts = chunks.map(({ type, png }) => {
    if (!/^[\x20-\x7e]{4}$/.test(type)) throw new Error(`not an OSType: ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** Renders `svgFile` into `outDir` (see ICON_FILES) and returns the paths written. */
export async function generateIcons(svgFile: string, outDir: string): Promise<string[]> {
  const svg = await readFile(svgFile, 'utf8');
  const sizes = [...new Set<number>([...PNG_SIZES, ...ICO_SIZES, ...ICNS_CHUNKS.map((c) => c.size)])];
  const full = new Map<number, Buffer>();
  const tight = new Map<number, Buffer>();
  await Promise.all(
    sizes.map(async (size) => {
      full.set(size, await renderPng(svg, size));
      if (size <= SMALL_ICON_MAX) tight.set(size, await renderPng(svg, size, true));
    }),
  );
  // Windows and Linux draw no frame of their own around app icons; macOS expects the margin.
  const flat = (size: number): Buffer => tight.get(size) ?? full.get(size)!;

  const written: string[] = [];
  const write = async (relative: string, bytes: Buffer): Promise<void> => {
    const file = join(outDir, relative);
    await writeFile(file, bytes);
    written.push(file);
  };
  await mkdir(join(outDir, ICON_FILES.pngDir), { recursive: true });
  for (const size of PNG_SIZES) await write(join(ICON_FILES.pngDir, pngName(size)), flat(size));
  await write(ICON_FILES.ico, await encodeIco(new Map(ICO_SIZES.map((s) => [s, flat(s)]))));
  await write(ICON_FILES.icns, encodeIcns(ICNS_CHUNKS.map(({ type, size }) => ({ type, png: full.get(size)! }))));
  return written;
}
