/**
 * The website FAQ group of interactive mode, driven by a script of answers: each answer passes
 * through the prompt's own check, as typed at a terminal; Enter takes the suggested value.
 */
import { describe, expect, it } from 'vitest';
import { parseBrand } from '../../src/brand/validate.js';
import { askPolicy, checkNotice, checkSocial, checkText, policyAnswerCount, socialAnswer, type PolicyPrompts } from '../../src/cli/interactive/policy.js';
import { policySchema } from '../../src/brand/schema.js';

/** Prompts that answer from a script: a string is typed (and must pass the check), null is Enter. */
function scripted(answers: (string | null)[], confirmAnswer: boolean | null): { prompts: PolicyPrompts; asked: string[]; refused: string[] } {
  const asked: string[] = [];
  const refused: string[] = [];
  const prompts = {
    confirm: async (config: { message: string; default?: boolean }) => {
      asked.push(config.message);
      return confirmAnswer ?? config.default ?? false;
    },
    input: async (config: { message: string; default?: string; validate?: (v: string) => true | string | Promise<true | string> }) => {
      asked.push(config.message);
      const typed = answers.shift();
      if (typed === undefined) throw new Error(`no answer scripted for "${config.message}"`);
      const value = typed === null ? (config.default ?? '') : typed;
      const check = config.validate ? await config.validate(value) : true;
      if (check !== true) {
        refused.push(`${config.message} ${check}`);
        throw new Error(`refused: ${check}`);
      }
      return value;
    },
  } as unknown as PolicyPrompts;
  return { prompts, asked, refused };
}

describe('interactive FAQ questions', () => {
  it('asks every field, turns the answers into a valid policy, and leaves out what was not answered', async () => {
    const { prompts, asked } = scripted(
      [
        'Video for follow-ups.\\nExaminations in person.',
        '',
        'Card, MobilePay,  Invoice ',
        '+45 70 10 20 30',
        'desk@clinic.example',
        'Facebook=facebook.com/clinic',
        '-',
        '24',
        'Cancel free of charge until 24 hours before.',
        'clinic.example/cancel',
        '',
        'portal.clinic.example',
        'MinKlinik',
      ],
      true,
    );
    const policy = await askPolicy(prompts, undefined, () => undefined, undefined, true);
    expect(asked).toHaveLength(14);
    expect(policy).toEqual({
      services: 'Video for follow-ups.\nExaminations in person.',
      paymentMethods: ['Card', 'MobilePay', 'Invoice'],
      otherBooking: { phone: '+45 70 10 20 30', email: 'desk@clinic.example', social: [{ name: 'Facebook', url: 'https://facebook.com/clinic' }] },
      cancellation: { text: 'Cancel free of charge until 24 hours before.', link: 'https://clinic.example/cancel', noticeHours: 24 },
      portal: { url: 'https://portal.clinic.example', name: 'MinKlinik' },
    });
    expect(() => parseBrand({ organization: 'x', colors: { primary: '#123456' }, policy }, 'x')).not.toThrow();
    expect(policyAnswerCount(policy)).toBe(10);
  });

  it('suggests the brand file\'s answers; Enter keeps them, "-" removes one; no portal name without a portal', async () => {
    const current = { fees: 'Free.', paymentMethods: ['Cash'], cancellation: { noticeHours: 48 }, otherBooking: { social: [{ name: 'X', url: 'https://x.example/' }] } };
    const { prompts, asked } = scripted([null, '-', null, null, null, null, null, null, null, null, null, null], null);
    const policy = await askPolicy(prompts, undefined, () => undefined, current, false);
    expect(asked[0]).toMatch(/website FAQ/);
    // Offered with "no" when no FAQ format was chosen: the scripted confirm took the default.
    expect(policy).toBe(current);
    const again = scripted([null, '-', null, null, null, null, null, null, null, null, null, null], true);
    const edited = await askPolicy(again.prompts, undefined, () => undefined, current, false);
    expect(edited).toEqual({ paymentMethods: ['Cash'], otherBooking: { social: [{ name: 'X', url: 'https://x.example/' }] }, cancellation: { noticeHours: 48 } });
    expect(again.asked[2]).toBe('What does a virtual appointment cost? (- for none)');
    expect(again.asked).not.toContain("The portal's name:");
  });

  it('checks answers as they are typed, with the schema\'s messages', () => {
    expect(checkText(policySchema.shape.fees)('x'.repeat(801))).toBe('expected at most 800 characters');
    expect(checkText(policySchema.shape.fees)('-')).toBe(true);
    expect(checkNotice('1.5')).toBe('a whole number of hours, like 24');
    expect(checkNotice('0')).toBe('expected at least 1 hour');
    expect(checkNotice('721')).toMatch(/at most 720 hours/);
    expect(checkSocial('facebook.com/x')).toMatch(/Name=address/);
    expect(checkSocial('Evil=javascript:alert(1)')).toMatch(/scheme "javascript:"/);
    expect(socialAnswer('A=a.example, B = https://b.example/x')).toEqual([
      { name: 'A', url: 'https://a.example' },
      { name: 'B', url: 'https://b.example/x' },
    ]);
  });
});
