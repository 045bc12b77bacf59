import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FAMILY, CJK_FAMILY, FALLBACK_ORDER, SHIPPED_FAMILIES, familyKey, findShippedFamily } from '../../src/fonts/catalog.js';
import { packageDirectory, shippedFontDirectories, shippedFontPath, shippedLicencePath, nearestWeight } from '../../src/fonts/shipped.js';
import { createFontRegistry } from '../../src/fonts/index.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('shipped font catalogue', () => {
  it('has a file for every weight and style it lists, in the installed packages', () => {
    let files = 0;
    for (const entry of SHIPPED_FAMILIES) {
      for (const weight of entry.weights) {
        for (const italic of entry.italics ? [false, true] : [false]) {
          const file = shippedFontPath(entry, weight, italic);
          expect(existsSync(file), file).toBe(true);
          files++;
        }
      }
    }
    expect(files).toBe(18 + 16 + 18 + 14 + 8 + 9);
  });

  it('has regular, bold, italic and bold italic for every Latin family; Noto Sans SC has no italic', () => {
    for (const entry of SHIPPED_FAMILIES) {
      expect(entry.weights).toContain(400);
      expect(entry.weights).toContain(700);
      expect(entry.italics).toBe(entry.family !== 'Noto Sans SC');
    }
  });

  it('locates packages through Node resolution (an absolute folder holding package.json)', () => {
    const dir = packageDirectory('@expo-google-fonts/inter');
    expect(path.isAbsolute(dir)).toBe(true);
    expect(JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).name).toBe('@expo-google-fonts/inter');
    expect(() => packageDirectory('@expo-google-fonts/no-such-family')).toThrow(/reinstall/);
  });

  it('ships the OFL text of every family in fonts/, identical to the package licence', () => {
    const listed = readFileSync(path.join(root, 'fonts/LICENSES.md'), 'utf8');
    for (const entry of SHIPPED_FAMILIES) {
      const copied = readFileSync(path.join(root, entry.licenceFile), 'utf8');
      expect(copied).toBe(readFileSync(shippedLicencePath(entry), 'utf8'));
      expect(copied).toContain('SIL Open Font License, Version 1.1');
      expect(copied.split('\n')[0]!.trim().replace(/\.$/, '')).toBe(entry.copyright);
      expect(listed).toContain(path.basename(entry.licenceFile));
      expect(listed).toContain(entry.packageName);
    }
    expect(readdirSync(path.join(root, 'fonts')).filter((f) => f.startsWith('OFL-'))).toHaveLength(SHIPPED_FAMILIES.length);
  });

  it('finds families by name or alias, ignoring case, spaces, hyphens and quotes', () => {
    expect(findShippedFamily('source sans 3')?.family).toBe('Source Sans 3');
    expect(findShippedFamily('SourceSans3')?.family).toBe('Source Sans 3');
    expect(findShippedFamily('"Inter"')?.family).toBe('Inter');
    expect(findShippedFamily('Source Sans Pro')?.family).toBe('Source Sans 3');
    expect(findShippedFamily('Noto Sans CJK SC')?.family).toBe('Noto Sans SC');
    expect(findShippedFamily('Calibri')).toBeUndefined();
    expect(familyKey('Noto_Sans-SC')).toBe('notosanssc');
  });

  it('names a shipped default, CJK family and fallback order', () => {
    expect(findShippedFamily(DEFAULT_FAMILY)).toBeDefined();
    expect(findShippedFamily(CJK_FAMILY)?.roles).toContain('cjk');
    for (const f of FALLBACK_ORDER) expect(findShippedFamily(f)).toBeDefined();
  });

  it('picks the nearest weight, ties towards the requested side', () => {
    const lora = findShippedFamily('Lora')!;
    expect(nearestWeight(lora, 300, false)).toBe(400);
    expect(nearestWeight(lora, 900, true)).toBe(700);
    const merri = findShippedFamily('Merriweather')!;
    expect(nearestWeight(merri, 200, false)).toBe(300);
  });

  it('lists shipped families with roles and licence through the registry', () => {
    const families = createFontRegistry({ systemFonts: false }).shippedFamilies();
    expect(families.map((f) => f.family)).toEqual(['Inter', 'Source Sans 3', 'Montserrat', 'Merriweather', 'Lora', 'Noto Sans SC']);
    expect(families.every((f) => f.licence === 'SIL Open Font License 1.1' && f.roles.length > 0)).toBe(true);
    expect(Object.keys(families[0]!).sort()).toEqual(['family', 'licence', 'roles']);
  });

  it('gives one font directory per package', () => {
    const dirs = shippedFontDirectories();
    expect(dirs).toHaveLength(SHIPPED_FAMILIES.length);
    for (const d of dirs) expect(existsSync(d)).toBe(true);
  });
});
