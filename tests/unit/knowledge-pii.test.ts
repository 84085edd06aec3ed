/** Personal data in knowledge documents: found, reported by line and kind (masked), or redacted. */
import { describe, expect, it } from 'vitest';
import { detectPii, luhn, redactPii } from '../../functions/_shared/knowledge/pii.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';

const kinds = (text: string) => detectPii(text).map((f) => f.kind);

describe('detecting personal data', () => {
  it('finds emails', () => {
    expect(detectPii('Write to jane.doe+coach@mail.example.co.uk today')).toEqual([{ kind: 'email', line: 1, masked: 'j***@mail.example.co.uk' }]);
  });

  it.each([
    '+1 (415) 555-0132', '415-555-0132', '415.555.0132', '(415) 555 0132', '+44 20 7946 0958', '020 7946 0958',
    '07700 900123', '+33 6 12 34 56 78', '5551234567',
  ])('finds the phone number %s', (phone) => {
    expect(kinds(`Call ${phone} now.`)).toEqual(['phone']);
  });

  it('finds card numbers that pass the Luhn check, and only those', () => {
    expect(kinds('Card 4242 4242 4242 4242 on file')).toEqual(['card']);
    expect(kinds('Card 4111-1111-1111-1111')).toEqual(['card']);
    expect(kinds('Ref 4242 4242 4242 4241')).toEqual([]);
    expect(luhn('79927398713')).toBe(true);
    expect(luhn('79927398710')).toBe(false);
  });

  it('finds IBANs with a valid checksum', () => {
    expect(kinds('Pay to GB82 WEST 1234 5698 7654 32')).toEqual(['iban']);
    expect(kinds('Pay to GB00 WEST 1234 5698 7654 32')).not.toContain('iban');
  });

  it.each([
    'Shred Spartan costs $49/month and Shred Gladiator $149 per month.',
    'Since 2019 we have served customers; in 2024 we added Canada.',
    'Delivery takes 2-4 days and every plan has a 30-day guarantee.',
    'Eat about 1,500 to 1,900 calories a day, 2,000 kcal for most men.',
    'Lose 0.5-1 kg per week; protein 1.8 to 2.2 g per kg.',
    'Pause before 23:59 on 2024-05-01.',
    'Years: 2019 2020 2021 2022.',
    'Order #123456 shipped; 10, 14 or 21 meals a week; 20% off.',
  ])('does not mistake sales copy for personal data: %s', (text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('reports the line of each finding', () => {
    expect(detectPii('one\ntwo jane@example.com\nthree\n+1 415 555 0132').map((f) => [f.kind, f.line])).toEqual([['email', 2], ['phone', 4]]);
  });
});

describe('documents built to be slow (timings in npm run bench:ingest)', () => {
  it('reads a 59,000-character line of letters and finds the email at its end', () => {
    const line = `${'a'.repeat(59_000)} write to jane@example.com`;
    expect(detectPii(line)).toEqual([{ kind: 'email', line: 1, masked: 'j***@example.com' }]);
    expect(detectPii('a'.repeat(59_000))).toEqual([]);
  });

  it('caps the part before the "@" at 64 characters, as mail does, and still finds the address', () => {
    const found = detectPii(`${'x'.repeat(100)}@example.com`);
    expect(found).toEqual([{ kind: 'email', line: 1, masked: 'x***@example.com' }]);
  });

  it.each([
    ['digits', '1'.repeat(59_000)],
    ['letters and dots', 'a.'.repeat(29_500)],
    ['at signs', 'a@'.repeat(29_500)],
    ['dashed digits', '12-'.repeat(19_000)],
    ['capitals and digits', 'GB82'.repeat(14_000)],
  ])('finds nothing in 59,000 characters of %s', (_, text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('reports the right line for each of thousands of findings', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `line ${i} mail${i}@example.com`).join('\n');
    const found = detectPii(text);
    expect(found).toHaveLength(3000);
    expect(found.at(-1)).toEqual({ kind: 'email', line: 3000, masked: 'm***@example.com' });
  });
});

describe('refusing or redacting', () => {
  const contact = '---\ncategory: faq\n---\n\n## Contact\n\nEmail coach.amy@example.com or call 415-555-0132.';
  const customers = ['---', 'category: faq', '---', '', '## Customers', '',
    ...['ann', 'bo', 'cy', 'di', 'ed'].map((name, i) => `- ${name}@example.com, 415-555-01${10 + i}`)].join('\n');

  it('keeps a page\'s own contact details: a business publishes them for visitors to use', async () => {
    const doc = await prepareDocument({ source: 'contact.md', format: 'markdown', text: contact });
    expect(doc.refused).toBe(false);
    if (doc.refused) return;
    expect(doc.chunks[0]!.content).toBe('Email coach.amy@example.com or call 415-555-0132.');
    // The same address written twice, or a number with other separators, is one contact detail.
    const repeated = `${contact}\n\nCOACH.AMY@example.com, (415) 555 0132, hello@example.com, 415-555-0199.`;
    expect((await prepareDocument({ source: 'contact.md', format: 'markdown', text: repeated })).refused).toBe(false);
  });

  it('refuses a list of people\'s contact details, and any card number, with the report', async () => {
    const doc = await prepareDocument({ source: 'customers.md', format: 'markdown', text: customers });
    expect(doc.refused).toBe(true);
    if (!doc.refused) return;
    expect(doc.pii).toHaveLength(10);
    expect(doc.pii[0]).toEqual({ kind: 'email', line: 7, masked: 'a***@example.com' });
    const card = await prepareDocument({ source: 'contact.md', format: 'markdown', text: `${contact}\nCard on file: 4242 4242 4242 4242.` });
    expect(card).toEqual({ source: 'contact.md', refused: true, pii: [{ kind: 'card', line: 8, masked: '***42' }] });
  });

  it('replaces personal data with placeholders in redact mode, and reports it', async () => {
    expect(redactPii('Mail a@b.io, card 4242424242424242.').text).toBe('Mail [email], card [card].');
    const doc = await prepareDocument({ source: 'customers.md', format: 'markdown', text: customers, redact: true });
    expect(doc.refused).toBe(false);
    if (doc.refused) return;
    expect(doc.chunks[0]!.content).toContain('- [email], [phone]');
    expect(doc.redacted.map((f) => f.kind)).toEqual(Array.from({ length: 5 }, () => ['email', 'phone']).flat());
    // A page's own contact details stay, redact mode or not.
    const kept = await prepareDocument({ source: 'contact.md', format: 'markdown', text: contact, redact: true });
    expect(!kept.refused && kept.chunks[0]!.content).toBe('Email coach.amy@example.com or call 415-555-0132.');
  });
});
