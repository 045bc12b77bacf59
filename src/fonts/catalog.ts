/**
 * The fonts va-infographic ships: OFL families installed from npm (`@expo-google-fonts/*`, TTF
 * files read by path from node_modules). Every locale renders with these alone on a machine with
 * no other fonts. The licence texts are copied in `fonts/` (see fonts/LICENSES.md).
 */
import type { ShippedFamily } from './types.js';

export type Weight = 100 | 200 | 300 | 400 | 500 | 600 | 700 | 800 | 900;

export interface ShippedFamilyEntry extends ShippedFamily {
  /** npm package that holds the TTF files. */
  packageName: string;
  /** File name prefix inside the package, e.g. `SourceSans3` in `400Regular/SourceSans3_400Regular.ttf`. */
  filePrefix: string;
  /** Weights the package has a file for. */
  weights: readonly Weight[];
  /** True when every weight also has an italic file. */
  italics: boolean;
  /** Other names that mean the same design (renamed releases, the CJK umbrella names). */
  aliases: readonly string[];
  /** Copyright line of the font software (the first line of its LICENSE_FONT). */
  copyright: string;
  /** Licence file in the repository's `fonts/` folder. */
  licenceFile: string;
}

const ALL_WEIGHTS: readonly Weight[] = [100, 200, 300, 400, 500, 600, 700, 800, 900];
const OFL = 'SIL Open Font License 1.1';

export const SHIPPED_FAMILIES: readonly ShippedFamilyEntry[] = Object.freeze([
  {
    family: 'Inter',
    roles: ['heading', 'body'],
    licence: OFL,
    packageName: '@expo-google-fonts/inter',
    filePrefix: 'Inter',
    weights: ALL_WEIGHTS,
    italics: true,
    aliases: [],
    copyright: 'Copyright 2020 The Inter Project Authors (https://github.com/rsms/inter)',
    licenceFile: 'fonts/OFL-Inter.txt',
  },
  {
    family: 'Source Sans 3',
    roles: ['body', 'heading'],
    licence: OFL,
    packageName: '@expo-google-fonts/source-sans-3',
    filePrefix: 'SourceSans3',
    weights: [200, 300, 400, 500, 600, 700, 800, 900],
    italics: true,
    aliases: ['Source Sans Pro'],
    copyright:
      "Copyright 2010-2020 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'. All Rights Reserved. Source is a trademark of Adobe in the United States and/or other countries",
    licenceFile: 'fonts/OFL-SourceSans3.txt',
  },
  {
    family: 'Montserrat',
    roles: ['heading'],
    licence: OFL,
    packageName: '@expo-google-fonts/montserrat',
    filePrefix: 'Montserrat',
    weights: ALL_WEIGHTS,
    italics: true,
    aliases: [],
    copyright: 'Copyright 2024 The Montserrat.Git Project Authors (https://github.com/JulietaUla/Montserrat.git)',
    licenceFile: 'fonts/OFL-Montserrat.txt',
  },
  {
    family: 'Merriweather',
    roles: ['heading', 'body'],
    licence: OFL,
    packageName: '@expo-google-fonts/merriweather',
    filePrefix: 'Merriweather',
    weights: [300, 400, 500, 600, 700, 800, 900],
    italics: true,
    aliases: [],
    copyright:
      'Copyright 2020 The Merriweather Project Authors (https://github.com/EbenSorkin/Merriweather4) with Reserved Font Name "Merriweather"',
    licenceFile: 'fonts/OFL-Merriweather.txt',
  },
  {
    family: 'Lora',
    roles: ['heading', 'body'],
    licence: OFL,
    packageName: '@expo-google-fonts/lora',
    filePrefix: 'Lora',
    weights: [400, 500, 600, 700],
    italics: true,
    aliases: [],
    copyright:
      'Copyright 2011 The Lora Project Authors (https://github.com/cyrealtype/Lora-Cyrillic), with Reserved Font Name "Lora"',
    licenceFile: 'fonts/OFL-Lora.txt',
  },
  {
    family: 'Noto Sans SC',
    roles: ['cjk', 'body', 'heading'],
    licence: OFL,
    packageName: '@expo-google-fonts/noto-sans-sc',
    filePrefix: 'NotoSansSC',
    weights: ALL_WEIGHTS,
    // No italic in the package (CJK fonts have none): italic is synthesised by slanting.
    italics: false,
    // Same design under the names of the Noto CJK / Source Han releases.
    aliases: ['Noto Sans CJK SC', 'Source Han Sans SC', 'Source Han Sans CN'],
    copyright: "Copyright 2014-2021 Adobe (http://www.adobe.com/), with Reserved Font Name 'Source'",
    licenceFile: 'fonts/OFL-NotoSansSC.txt',
  },
]);

/** The family used when a requested family is found nowhere (and the caller named no other). */
export const DEFAULT_FAMILY = 'Source Sans 3';
/** The shipped family for Chinese characters. */
export const CJK_FAMILY = 'Noto Sans SC';
/**
 * Order in which shipped families are tried for a character the preferred face lacks (after the
 * CJK family for CJK characters). Inter has the widest Latin/Greek/Cyrillic/symbol coverage;
 * Noto Sans SC covers CJK plus many symbols, and is read only when it is needed.
 */
export const FALLBACK_ORDER: readonly string[] = ['Inter', 'Source Sans 3', 'Merriweather', 'Lora', 'Montserrat', 'Noto Sans SC'];

const WEIGHT_NAMES: Record<Weight, string> = {
  100: 'Thin',
  200: 'ExtraLight',
  300: 'Light',
  400: 'Regular',
  500: 'Medium',
  600: 'SemiBold',
  700: 'Bold',
  800: 'ExtraBold',
  900: 'Black',
};

/** Path of one style inside its package: `700Bold_Italic/Inter_700Bold_Italic.ttf`. */
export function shippedFileInPackage(entry: ShippedFamilyEntry, weight: Weight, italic: boolean): string {
  const style = `${weight}${WEIGHT_NAMES[weight]}${italic ? '_Italic' : ''}`;
  return `${style}/${entry.filePrefix}_${style}.ttf`;
}

/** The catalogue entry of a family name (canonical name or alias, any case/spacing), or undefined. */
export function findShippedFamily(family: string): ShippedFamilyEntry | undefined {
  const key = familyKey(family);
  return SHIPPED_FAMILIES.find((e) => familyKey(e.family) === key || e.aliases.some((a) => familyKey(a) === key));
}

/** Comparison key of a family name: lower case without spaces, hyphens and underscores. */
export function familyKey(family: string): string {
  return family
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[\s_-]+/g, '');
}
