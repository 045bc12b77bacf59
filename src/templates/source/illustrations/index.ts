import { advisorCall } from './advisor-call.js';
import { clinicianCall } from './clinician-call.js';
import { storeCall } from './store-call.js';
import type { Illustration } from './types.js';
import { videoCall } from './video-call.js';

export type { Illustration } from './types.js';

export const ILLUSTRATIONS: Readonly<Record<string, Illustration>> = Object.freeze({
  [clinicianCall.name]: clinicianCall,
  [advisorCall.name]: advisorCall,
  [storeCall.name]: storeCall,
  [videoCall.name]: videoCall,
});
