import { describe, expect, it } from 'vitest';
import { parseFamilyName } from '../../src/fonts/names.js';

describe('parseFamilyName', () => {
  it.each([
    ['Inter', 'Inter', 400, false],
    ['Inter Bold', 'Inter', 700, false],
    ['Inter Bold Italic', 'Inter', 700, true],
    ['Inter-BoldItalic', 'Inter', 700, true],
    ['Montserrat SemiBold', 'Montserrat', 600, false],
    ['Montserrat Semi Bold', 'Montserrat', 600, false],
    ['Montserrat ExtraBold Italic', 'Montserrat', 800, true],
    ['Source Sans 3 Light', 'Source Sans 3', 300, false],
    ['Source Sans 3', 'Source Sans 3', 400, false],
    ['Noto Sans SC Black', 'Noto Sans SC', 900, false],
    ['Lora Italic', 'Lora', 400, true],
    ['  "Merriweather Light"  ', 'Merriweather', 300, false],
    ['Bold', 'Bold', 400, false],
    ['Arial Black', 'Arial', 900, false],
  ])('%s', (name, family, weight, italic) => {
    expect(parseFamilyName(name)).toEqual({ family, weight, italic });
  });
});
