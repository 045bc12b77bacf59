import type { BrandAssets } from '../../../src/brand/assets.js';
import type { Brand, BrandInput } from '../../../src/brand/schema.js';
import { parseBrand } from '../../../src/brand/validate.js';
import { customize } from '../../../src/edit/customize.js';
import type { CustomizeOptions } from '../../../src/edit/options.js';

export function brand(input: Partial<BrandInput> = {}): Brand {
  return parseBrand({ organization: 'Acme Clinic', colors: { primary: '#0B6E69' }, ...input }, 'test brand');
}

/** customize with text fitting off (fast), unless the options say otherwise. */
export function run(pptx: Uint8Array, b: Brand, assets: BrandAssets = {}, options: CustomizeOptions = {}) {
  return customize(pptx, b, assets, { fitText: false, ...options });
}
