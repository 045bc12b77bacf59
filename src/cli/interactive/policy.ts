/**
 * The website FAQ questions of interactive mode (issue 12): one optional group, offered after the
 * formats are chosen (suggested when the page or the Markdown is among them). Every answer is
 * checked as it is typed with the brand schema's own rules (`policySchema`); Enter keeps the
 * suggested answer (from the brand file), "-" leaves a field out, so the page uses its standard
 * wording for that question.
 */
import type { confirm, input } from '@inquirer/prompts';
import type { z } from 'zod';
import { policySchema } from '../../brand/schema.js';
import { checkLinkAnswer, cleared, linkAnswer, NONE, type Check } from './validators.js';

type Json = Record<string, unknown>;

/** The two prompt functions the group uses (the real ones, or a script in tests). */
export interface PolicyPrompts {
  input: typeof input;
  confirm: typeof confirm;
}

const shape = policySchema.shape;
const cancellation = shape.cancellation.unwrap().shape;
const otherBooking = shape.otherBooking.unwrap().shape;
const portal = shape.portal.unwrap().shape;

/** The schema's own message for a value, or true. */
function checkWith(schema: z.ZodType, value: unknown): Check {
  const result = schema.safeParse(value);
  return result.success ? true : (result.error.issues[0]?.message ?? 'not a valid answer');
}

/** A text answer: "\n" typed for a line break; "-" or nothing for none. */
export function textAnswer(value: string): string | undefined {
  const v = cleared(value).replace(/\\n/g, '\n').trim();
  return v === '' ? undefined : v;
}

export function checkText(schema: z.ZodType): (value: string) => Check {
  return (value) => {
    const v = textAnswer(value);
    return v === undefined ? true : checkWith(schema, v);
  };
}

/** "Card, MobilePay, Invoice" → ["Card", "MobilePay", "Invoice"]. */
export function listAnswer(value: string): string[] | undefined {
  const items = cleared(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

export function checkList(value: string): Check {
  const items = listAnswer(value);
  return items === undefined ? true : checkWith(shape.paymentMethods, items);
}

/** "Facebook=facebook.com/clinic, Instagram=instagram.com/clinic" → [{ name, url }]. */
export function socialAnswer(value: string): { name: string; url: string }[] | undefined {
  const items = cleared(value)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((entry) => {
      const i = entry.indexOf('=');
      return { name: i > 0 ? entry.slice(0, i).trim() : '', url: linkAnswer(i > 0 ? entry.slice(i + 1) : entry) ?? '' };
    });
  return items.length ? items : undefined;
}

export function checkSocial(value: string): Check {
  const items = socialAnswer(value);
  if (items === undefined) return true;
  const unnamed = items.find((s) => s.name === '');
  if (unnamed) return `write each as Name=address, like Facebook=facebook.com/yourpage`;
  return checkWith(otherBooking.social, items);
}

export function noticeAnswer(value: string): number | undefined {
  const v = cleared(value).trim();
  return v === '' ? undefined : Number(v);
}

export function checkNotice(value: string): Check {
  const v = cleared(value).trim();
  if (v === '') return true;
  if (!/^\d+$/.test(v)) return 'a whole number of hours, like 24';
  return checkWith(cancellation.noticeHours, Number(v));
}

function get(obj: unknown, ...keys: string[]): unknown {
  let v: unknown = obj;
  for (const k of keys) v = v && typeof v === 'object' ? (v as Json)[k] : undefined;
  return v;
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Drops undefined values and objects left empty. */
function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value;
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value as Json)) {
    const c = compact(v);
    if (c === undefined) continue;
    if (c && typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
    out[k] = c;
  }
  return out;
}

/**
 * Asks the FAQ group. `current` is the brand file's `policy` (suggested answers); `suggest` says
 * whether to offer the group with "yes" (the page or the Markdown is being made). Returns the new
 * policy, `current` unchanged when the user skips the group, or undefined for none at all.
 */
export async function askPolicy(
  prompts: PolicyPrompts,
  context: Parameters<typeof input>[1],
  say: (text: string) => void,
  current: Json | undefined,
  suggest: boolean,
): Promise<Json | undefined> {
  const go = await prompts.confirm(
    {
      message: 'Answer the website FAQ questions (fees, payment, other ways to book, cancellation, equipment, portal)?',
      default: suggest,
    },
    context,
  );
  if (!go) return current;
  say(`The website FAQ: Enter keeps the suggested answer; ${NONE} or nothing leaves it out (the page then uses its standard wording); \\n for a line break.`);
  const ask = async (message: string, value: string | undefined, validate: (v: string) => Check) =>
    prompts.input({ message: value ? (message.endsWith(':') ? message.replace(/:$/, ` (${NONE} for none):`) : `${message} (${NONE} for none)`) : message, default: value, validate }, context);
  const text = async (message: string, value: unknown, schema: z.ZodType) => textAnswer(await ask(message, str(value)?.replace(/\n/g, '\\n'), checkText(schema)));
  const link = async (message: string, value: unknown) => linkAnswer(await ask(message, str(value), checkLinkAnswer));

  const services = await text('What differs between virtual and in-person appointments?', get(current, 'services'), shape.services);
  const fees = await text('What does a virtual appointment cost?', get(current, 'fees'), shape.fees);
  const methods = get(current, 'paymentMethods');
  const paymentMethods = listAnswer(await ask('Accepted payment methods (separated by commas):', Array.isArray(methods) ? methods.join(', ') : undefined, checkList));
  const phone = textAnswer(await ask('Phone number for booking:', str(get(current, 'otherBooking', 'phone')), checkText(otherBooking.phone)));
  const email = textAnswer(await ask('E-mail address for booking:', str(get(current, 'otherBooking', 'email')), checkText(otherBooking.email)));
  const socialNow = get(current, 'otherBooking', 'social');
  const social = socialAnswer(
    await ask(
      'Social media for booking (Name=address, separated by commas):',
      Array.isArray(socialNow) ? socialNow.map((s) => `${str(get(s, 'name'))}=${str(get(s, 'url'))}`).join(', ') : undefined,
      checkSocial,
    ),
  );
  const staff = await text('Who sees clients by video (and who only in person)?', get(current, 'staff'), shape.staff);
  const notice = get(current, 'cancellation', 'noticeHours');
  const noticeHours = noticeAnswer(await ask('How many hours ahead must clients cancel or reschedule?', typeof notice === 'number' ? String(notice) : undefined, checkNotice));
  const cancelText = await text('Your cancellation and rescheduling policy, in a few sentences:', get(current, 'cancellation', 'text'), cancellation.text);
  const cancelLink = await link('A page with the full cancellation policy:', get(current, 'cancellation', 'link'));
  const equipment = await text('Equipment needed beyond a device with camera and microphone:', get(current, 'equipment'), shape.equipment);
  const portalUrl = await link('A patient or client portal to join from (its address):', get(current, 'portal', 'url'));
  const portalName = portalUrl ? textAnswer(await ask('The portal\'s name:', str(get(current, 'portal', 'name')), checkText(portal.name))) : undefined;

  const policy = compact({
    services,
    fees,
    paymentMethods,
    otherBooking: { phone, email, social },
    staff,
    cancellation: { text: cancelText, link: cancelLink, noticeHours },
    equipment,
    portal: portalUrl ? { url: portalUrl, name: portalName } : undefined,
  }) as Json;
  return Object.keys(policy).length ? policy : undefined;
}

/** How many FAQ answers a policy gives, for the summary. */
export function policyAnswerCount(policy: Json | undefined): number {
  if (!policy) return 0;
  let n = 0;
  const walk = (v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v as Json).forEach(walk);
    else if (v !== undefined) n++;
  };
  walk(policy);
  return n;
}
