/**
 * Where the shipped font files are. The packages are found through Node's own resolution from
 * this module (`createRequire(import.meta.url)` and each package's package.json), which works
 * from src/ (vitest, tsx), from the esbuild bundle in dist/ and from a global install alike.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { VaError } from '../errors.js';
import { SHIPPED_FAMILIES, shippedFileInPackage, type ShippedFamilyEntry, type Weight } from './catalog.js';

const packageDirs = new Map<string, string>();

/** Absolute directory of an installed package (the folder holding its package.json). */
export function packageDirectory(packageName: string): string {
  let dir = packageDirs.get(packageName);
  if (!dir) {
    try {
      const require = createRequire(import.meta.url);
      dir = path.dirname(require.resolve(`${packageName}/package.json`));
    } catch (error) {
      throw new VaError(
        'E_INTERNAL',
        `The font package ${packageName} is not installed next to va-infographic; reinstall va-infographic (npm install)`,
        { cause: error },
      );
    }
    packageDirs.set(packageName, dir);
  }
  return dir;
}

/** Absolute path of one shipped style. */
export function shippedFontPath(entry: ShippedFamilyEntry, weight: Weight, italic: boolean): string {
  return path.join(packageDirectory(entry.packageName), shippedFileInPackage(entry, weight, italic));
}

/**
 * The directories that hold the shipped fonts, one per package (fontconfig scans them
 * recursively). Used for the fontconfig file that makes LibreOffice see the same fonts.
 */
export function shippedFontDirectories(): string[] {
  return SHIPPED_FAMILIES.map((entry) => packageDirectory(entry.packageName));
}

/** Licence file (LICENSE_FONT) of a shipped family inside its package. */
export function shippedLicencePath(entry: ShippedFamilyEntry): string {
  return path.join(packageDirectory(entry.packageName), 'LICENSE_FONT');
}

/** The weight of `entry` nearest to `target`; ties go to the heavier weight when `preferHeavier`. */
export function nearestWeight(entry: ShippedFamilyEntry, target: number, preferHeavier: boolean): Weight {
  let best = entry.weights[0]!;
  for (const w of entry.weights) {
    const d = Math.abs(w - target);
    const bestD = Math.abs(best - target);
    if (d < bestD || (d === bestD && (preferHeavier ? w > best : w < best))) best = w;
  }
  return best;
}
