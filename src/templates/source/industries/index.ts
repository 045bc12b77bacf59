import type { TemplateId } from '../../catalog.js';
import type { IndustrySource } from '../types.js';
import { financialServices } from './financial-services.js';
import { generic } from './generic.js';
import { healthcare } from './healthcare.js';
import { retail } from './retail.js';

export const INDUSTRIES: Readonly<Record<TemplateId, IndustrySource>> = Object.freeze({
  healthcare,
  'financial-services': financialServices,
  retail,
  generic,
});
