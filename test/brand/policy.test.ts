/**
 * The website FAQ's policy fields in the brand (issue 12): all optional, validated with one-line
 * messages naming the field, links held to the brand's schemes, and the JSON Schema for editors.
 */
import { describe, expect, it } from 'vitest';
import { brandJsonSchema } from '../../src/brand/json-schema.js';
import { parseBrand } from '../../src/brand/validate.js';

/** The parts of a JSON Schema node the test reads. */
interface SchemaNode {
  properties: Record<string, SchemaNode>;
  items: SchemaNode;
  additionalProperties?: boolean;
  pattern?: string;
  description?: string;
  type?: string;
}

const base = { organization: 'X', colors: { primary: '#123456' } };
const withPolicy = (policy: unknown) => ({ ...base, policy });
const problem = (policy: unknown) => {
  try {
    parseBrand(withPolicy(policy), 'brand.json');
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

describe('brand policy (website FAQ)', () => {
  it('is optional, and every field is optional', () => {
    expect(parseBrand(base, 'x').policy).toBeUndefined();
    expect(parseBrand(withPolicy({}), 'x').policy).toEqual({});
  });

  it('accepts every field and normalises texts and phone links', () => {
    const brand = parseBrand(
      withPolicy({
        services: '  Video for follow-ups.\nExaminations in person.  ',
        fees: 'Same as in person.',
        paymentMethods: ['Card', 'MobilePay'],
        otherBooking: { phone: '+45 70 10 20 30', email: 'desk@x.example', social: [{ name: 'Facebook', url: 'https://facebook.example/x' }] },
        staff: 'All doctors.',
        cancellation: { text: 'Free until 24 hours before.', link: 'https://x.example/cancel', noticeHours: 24 },
        equipment: 'A headset helps.',
        portal: { url: 'https://portal.x.example', name: 'MyX' },
      }),
      'x',
    );
    expect(brand.policy?.services).toBe('Video for follow-ups.\nExaminations in person.');
    expect(brand.policy?.otherBooking?.phone).toBe('+45 70 10 20 30');
    expect(brand.policy?.cancellation?.noticeHours).toBe(24);
  });

  it('refuses bad values with a message that names the field', () => {
    expect(problem({ cancellation: { link: 'javascript:alert(1)' } })).toMatch(/policy\.cancellation\.link: expected an https:, http:, mailto: or tel: link; this one uses the scheme "javascript:"/);
    expect(problem({ portal: { url: 'ftp://x.example' } })).toMatch(/policy\.portal\.url: .*scheme "ftp:"/);
    expect(problem({ otherBooking: { social: [{ name: 'X', url: 'data:text/html,hi' }] } })).toMatch(/policy\.otherBooking\.social\.0\.url/);
    expect(problem({ otherBooking: { phone: 'call me' } })).toMatch(/policy\.otherBooking\.phone: expected a phone number/);
    expect(problem({ otherBooking: { email: 'not an address' } })).toMatch(/policy\.otherBooking\.email: expected an e-mail address/);
    expect(problem({ cancellation: { noticeHours: 1.5 } })).toMatch(/policy\.cancellation\.noticeHours: expected a whole number of hours/);
    expect(problem({ cancellation: { noticeHours: 0 } })).toMatch(/expected at least 1 hour/);
    expect(problem({ fees: 'x'.repeat(801) })).toMatch(/policy\.fees: expected at most 800 characters/);
    expect(problem({ fees: '' })).toMatch(/policy\.fees: expected a description of the fees/);
    expect(problem({ fees: 'a\u0007b' })).toMatch(/policy\.fees: expected text without control characters/);
    expect(problem({ paymentMethods: [] })).toMatch(/policy\.paymentMethods: expected at least one payment method/);
    expect(problem({ paymentMethods: Array(13).fill('Card') })).toMatch(/expected at most 12 payment methods/);
    expect(problem({ feez: 'typo' })).toMatch(/policy: unknown field "feez"/);
    expect(problem({ portal: { name: 'MyX' } })).toMatch(/policy\.portal\.url: expected string, but it is missing/);
  });

  it('is described in the JSON Schema, with the link pattern on its links', () => {
    const schema = brandJsonSchema() as unknown as { properties: { policy: SchemaNode } };
    const policy = schema.properties.policy;
    expect(Object.keys(policy.properties).sort()).toEqual(['cancellation', 'equipment', 'fees', 'otherBooking', 'paymentMethods', 'portal', 'services', 'staff']);
    expect(policy.additionalProperties).toBe(false);
    const at = (n: SchemaNode, ...keys: string[]): SchemaNode => keys.reduce((node, k) => node.properties[k]!, n);
    const link = at(policy, 'cancellation', 'link');
    const pattern = new RegExp(link.pattern!);
    expect(pattern.test('https://x.example/cancel')).toBe(true);
    expect(pattern.test('javascript:alert(1)')).toBe(false);
    expect(at(policy, 'portal', 'url').pattern).toBe(link.pattern);
    expect(at(at(policy, 'otherBooking', 'social').items, 'url').pattern).toBe(link.pattern);
    expect(at(policy, 'fees').description).toMatch(/costs/);
    expect(at(policy, 'cancellation', 'noticeHours')).toMatchObject({ type: 'integer', minimum: 1, maximum: 720 });
  });
});
