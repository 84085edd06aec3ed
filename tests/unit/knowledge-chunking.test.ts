/** Reading and chunking knowledge documents: sections by heading, overlap, sentence boundaries, CSV rows, HTML, front matter. */
import { describe, expect, it } from 'vitest';
import { chunkSection, estimateTokens, sentences } from '../../functions/_shared/knowledge/chunk.ts';
import { csvSections, markdownSections, parseDocument } from '../../functions/_shared/knowledge/document.ts';
import { decodeEntities, htmlToMarkdown } from '../../functions/_shared/knowledge/html.ts';
import { contentHash } from '../../functions/_shared/knowledge/hash.ts';
import { categoryFromName, parseFrontMatter } from '../../functions/_shared/knowledge/metadata.ts';
import { prepareDocument } from '../../functions/_shared/knowledge/prepare.ts';

const sentence = (i: number) => `Sentence number ${i} explains one more detail about the meal plan and how it helps you.`;

describe('markdown sections', () => {
  it('starts a section at every heading and carries the heading path', () => {
    const sections = markdownSections('# FAQ\n\n## Shipping\n\n### Do you ship to Canada?\n\nYes.\n\n## Refunds\n\nThirty days.\n');
    expect(sections).toEqual([
      { headings: ['FAQ', 'Shipping', 'Do you ship to Canada?'], paragraphs: ['Yes.'] },
      { headings: ['FAQ', 'Refunds'], paragraphs: ['Thirty days.'] },
    ]);
  });

  it('takes no title from the first "#" heading: a file of "#" sections keeps each on its own', () => {
    const sections = markdownSections('# Shipping\n\nWe ship to Canada.\n\n# Refunds\n\nThirty days, no questions asked.\n');
    expect(sections).toEqual([
      { headings: ['Shipping'], paragraphs: ['We ship to Canada.'] },
      { headings: ['Refunds'], paragraphs: ['Thirty days, no questions asked.'] },
    ]);
  });

  it('drops a heading that repeats the title the document declares, and labels headless text with it', () => {
    const sections = markdownSections('Intro text.\n\n# Help centre\n\n## Hours\n\nDaily.\n', 'Help centre');
    expect(sections).toEqual([
      { headings: ['Help centre'], paragraphs: ['Intro text.'] },
      { headings: ['Hours'], paragraphs: ['Daily.'] },
    ]);
  });

  it('does not read # lines inside fenced code as headings', () => {
    const sections = markdownSections('## Setup\n\n```\n# not a heading\n```\n\nDone.');
    expect(sections).toHaveLength(1);
    expect(sections[0]!.paragraphs.join('\n')).toContain('# not a heading');
  });

  it('keeps a list as one paragraph', () => {
    const sections = markdownSections('## Includes\n\n- recipes\n- a shopping list\n- the app\n');
    expect(sections[0]!.paragraphs).toEqual(['- recipes\n- a shopping list\n- the app']);
  });
});

describe('chunking', () => {
  it('keeps a short section as one chunk, its headings beside its text and not in it', () => {
    const chunks = chunkSection({ headings: ['FAQ', 'Refunds'], paragraphs: ['Every plan has a 30-day money-back guarantee.'] });
    expect(chunks).toEqual([{ content: 'Every plan has a 30-day money-back guarantee.', headings: ['FAQ', 'Refunds'], tokens: 12 }]);
  });

  it('splits a long section into chunks of about 500 tokens with about 60 tokens of overlap', () => {
    const paragraphs = Array.from({ length: 12 }, (_, p) => Array.from({ length: 6 }, (_, s) => sentence(p * 6 + s)).join(' '));
    const chunks = chunkSection({ headings: ['Guide'], paragraphs });
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    for (const chunk of chunks) {
      expect(chunk.tokens).toBeLessThanOrEqual(500);
      expect(chunk.headings).toEqual(['Guide']);
    }
    for (let i = 1; i < chunks.length; i++) {
      // The next chunk opens with the previous chunk's closing sentences (the overlap), then new text.
      const overlap = chunks[i]!.content.split('\n\n')[0]!;
      expect(chunks[i - 1]!.content.endsWith(overlap)).toBe(true);
      expect(estimateTokens(overlap)).toBeGreaterThan(20);
      expect(estimateTokens(overlap)).toBeLessThanOrEqual(60);
      expect(sentences(overlap).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('never cuts a sentence when sentences fit', () => {
    const long = Array.from({ length: 80 }, (_, i) => sentence(i)).join(' ');
    const chunks = chunkSection({ headings: [], paragraphs: [long] });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.content).toMatch(/^Sentence number \d+/);
      expect(chunk.content).toMatch(/helps you\.$/);
    }
  });

  it('cuts a word longer than a chunk between characters, never inside an emoji', () => {
    const chunks = chunkSection({ headings: [], paragraphs: ['\u{1F600}'.repeat(5_000)] });
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.content.isWellFormed()).toBe(true);
      expect(chunk.tokens).toBeLessThanOrEqual(500);
    }
  });

  it('cuts one overlong sentence at word boundaries as a last resort', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i}`).join(' ');
    const chunks = chunkSection({ headings: [], paragraphs: [words] });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.map((c) => c.content).join(' ').split(' ').filter((w) => w.startsWith('word')).length).toBeGreaterThanOrEqual(800);
    for (const chunk of chunks) expect(chunk.content).toMatch(/^word\d+.*word\d+$/s);
  });
});

describe('other formats', () => {
  it('makes each CSV row (question, answer) one section, quoted commas and newlines included', () => {
    const sections = csvSections('faq.csv', 'Question,Answer\n"Do you ship to Canada, eh?","Yes, to four provinces."\n"Refunds?","30 days.\n\nNo questions asked."\n,missing question\n');
    expect(sections).toEqual([
      { headings: ['Do you ship to Canada, eh?'], paragraphs: ['Yes, to four provinces.'] },
      { headings: ['Refunds?'], paragraphs: ['30 days.', 'No questions asked.'] },
    ]);
  });

  it('refuses a CSV without question and answer columns', () => {
    expect(() => csvSections('x.csv', 'q,a\n1,2\n')).toThrow(/question.*answer/);
  });

  it('turns HTML into text with its headings, without scripts or styles', () => {
    const { title, markdown } = htmlToMarkdown('<html><head><title>Help &amp; FAQ</title><style>h1{color:red}</style></head><body><h1>Help</h1><script>alert("x")</script><p>We ship <b>fast</b> &mdash; really.</p><ul><li>One</li><li>Two</li></ul></body></html>');
    expect(title).toBe('Help & FAQ');
    expect(markdown).toBe('# Help\n\nWe ship fast — really.\n\n- One\n- Two');
    const doc = parseDocument('help.html', '<title>Help</title><p>Open daily.</p><h2>Shipping</h2><p>Two days.</p>', 'html');
    expect(doc.title).toBe('Help');
    expect(doc.sections).toEqual([{ headings: ['Help'], paragraphs: ['Open daily.'] }, { headings: ['Shipping'], paragraphs: ['Two days.'] }]);
  });

  it('decodes character references once, and never into NUL or half a surrogate pair', () => {
    expect(decodeEntities('&#xD800; &#0; &#x110000; &#65;&#x1F600; &eacute; &amp;#0; &bogus;')).toBe('\uFFFD \uFFFD \uFFFD A\u{1F600} é &#0; &bogus;');
  });

  it.each([
    ['15,000 unclosed comments', '<!--'.repeat(15_000), ''],
    ['60,000 "<"', '<'.repeat(60_000), '<'.repeat(60_000)],
    ['30,000 unclosed tags', '<a'.repeat(30_000), ''],
    ['7,000 unclosed scripts', '<script>'.repeat(7_000), ''],
  ])('reads a page of %s in one pass, as a browser would', (_, html, text) => {
    expect(htmlToMarkdown(html).markdown).toBe(text);
  });

  it('ends an unclosed comment or script at the end of the page, and keeps what came before', () => {
    expect(htmlToMarkdown('<p>kept</p><!-- open <p>hidden</p>').markdown).toBe('kept');
    expect(htmlToMarkdown('<p>kept</p><script>var a = "</p>";').markdown).toBe('kept');
    expect(htmlToMarkdown('<h2>Hours <small>(all week)</small></h2><p>9 &lt; 5</p>').markdown).toBe('## Hours (all week)\n\n9 < 5');
  });

  it('reads plain text as paragraphs under a title from the file name', () => {
    const doc = parseDocument('notes/brand-voice.txt', 'Warm and direct.\n\nNever shame.', 'text');
    expect(doc.sections).toEqual([{ headings: ['Brand voice'], paragraphs: ['Warm and direct.', 'Never shame.'] }]);
  });
});

describe('front matter and metadata', () => {
  it('takes category and tags from front matter', async () => {
    const doc = await prepareDocument({
      source: 'testimonials/anna.md',
      format: 'markdown',
      text: '---\ncategory: testimonials\ngoal: fat_loss\ngender: female\nage_bracket: 35-44\ntitle: A., 38\n---\n\nI lost 9 kg.',
    });
    expect(doc.refused).toBe(false);
    if (doc.refused) return;
    expect(doc.chunks).toHaveLength(1);
    expect(doc.chunks[0]).toMatchObject({
      content: 'I lost 9 kg.',
      // A testimonial's title says who said it: kept as its title (the attribution), not searched as a heading.
      headings: [],
      language: 'english',
      category: 'testimonials',
      metadata: { goal: 'fat_loss', gender: 'female', age_bracket: '35-44', title: 'A., 38' },
    });
    expect(doc.chunks[0]!.content_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the language, the page URL and the author a document declares', async () => {
    const doc = await prepareDocument({
      source: 'ayuda.md',
      format: 'markdown',
      text: '---\ncategory: faq\nlang: es\nurl: https://example.com/ayuda\nauthor: Ana\n---\n\n## Envíos\n\nEnviamos a toda España.',
    });
    if (doc.refused) throw new Error('refused');
    expect(doc.chunks[0]).toMatchObject({ language: 'spanish', headings: ['Envíos'], metadata: { url: 'https://example.com/ayuda', author: 'Ana', heading: 'Envíos' } });
    expect(() => parseFrontMatter('x.md', { url: 'javascript:alert(1)' })).toThrow(/url/);
    expect(() => parseFrontMatter('x.md', { lang: 'klingon' })).toThrow(/lang/);
  });

  it.each([
    [{ goal: 'bulk' }, /goal/],
    [{ gender: 'robot' }, /gender/],
    [{ age_bracket: '30-40' }, /age_bracket/],
    [{ colour: 'red' }, /unknown front matter key colour/],
    [{ category: 'recipes' }, /category/],
  ])('refuses bad front matter %j, naming the key', (raw, message) => {
    expect(() => parseFrontMatter('x.md', raw)).toThrow(message);
  });

  it('refuses invalid YAML and a document with no category', async () => {
    await expect(prepareDocument({ source: 'x.md', format: 'markdown', text: '---\ngoal: [\n---\nHi' })).rejects.toThrow(/not valid YAML/);
    await expect(prepareDocument({ source: 'misc.md', format: 'markdown', text: 'Hello there.' })).rejects.toThrow(/no category/);
  });

  it('guesses the category from the file name', () => {
    expect(categoryFromName('faq.md')).toBe('faq');
    expect(categoryFromName('meal-plans.html')).toBe('meal_plans');
    expect(categoryFromName('testimonials/01-x.md')).toBe('testimonials');
    expect(categoryFromName('brand voice.txt')).toBe('brand_voice');
    expect(categoryFromName('notes.md')).toBeUndefined();
  });
});

describe('content hash', () => {
  it('ignores whitespace noise but not text, category or metadata changes', async () => {
    const base = await contentHash('Hello  world\n', 'faq', { goal: 'recomp', title: 'T' });
    expect(await contentHash('Hello  world  \r\n\n\n', 'faq', { title: 'T', goal: 'recomp' })).toBe(base);
    expect(await contentHash('Hello world', 'faq', { goal: 'recomp', title: 'T' })).not.toBe(base);
    expect(await contentHash('Hello  world', 'meal_plans', { goal: 'recomp', title: 'T' })).not.toBe(base);
    expect(await contentHash('Hello  world', 'faq', { goal: 'fat_loss', title: 'T' })).not.toBe(base);
  });
});
