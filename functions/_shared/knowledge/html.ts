/**
 * HTML to Markdown-ish text for ingestion: scripts, styles and comments dropped, headings kept as headings,
 * blocks as paragraphs, list items as "- " lines, entities decoded.
 *
 * One pass from left to right that only ever moves forward: every search for a closing "-->", ">" or
 * "</script>" either finds it or ends the document there (as a browser does with an unclosed comment or
 * tag), so the work is linear in the length of the page. The regular-expression replaces this replaces
 * scanned to the end of the page from every unclosed "<!--" (15,000 of them took 15 s). Ingestion needs
 * only text, headings and blocks from markup, not a document tree, so a tokenizer this size does it.
 */

/** Elements whose content is never text for a visitor. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
/** Elements that start and end a paragraph. */
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'ul', 'ol', 'table', 'tr',
  'blockquote', 'pre', 'dl', 'dd', 'dt', 'figure', 'figcaption', 'form', 'hr', 'address']);
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)/y;

// The named entities sales copy uses (HTML's full list is 2,000 names).
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', trade: '™', euro: '€',
  pound: '£', yen: '¥', cent: '¢', deg: '°', times: '×', bull: '•', middot: '·', frac12: '½', frac14: '¼', frac34: '¾',
  eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', aacute: 'á', acirc: 'â', ccedil: 'ç', iacute: 'í', oacute: 'ó',
  uacute: 'ú', uuml: 'ü', ouml: 'ö', auml: 'ä', ntilde: 'ñ', szlig: 'ß', Eacute: 'É', Ntilde: 'Ñ',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/**
 * Character references decoded once (so "&amp;#0;" stays "&#0;"). As the HTML standard says, a reference to
 * NUL, to a surrogate half or past U+10FFFF becomes U+FFFD: text stored for visitors is always valid Unicode.
 */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return Object.hasOwn(ENTITIES, name) ? ENTITIES[name]! : whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff ? '\uFFFD' : String.fromCodePoint(code);
  });
}

const closers = new Map<string, RegExp>();
/** Where the element opened just before `from` ends (after its closing tag), or the end of the page. */
function endOf(html: string, name: string, from: number): { inner: string; next: number } {
  let closer = closers.get(name);
  if (!closer) closers.set(name, closer = new RegExp(`</${name}\\s*>`, 'gi'));
  closer.lastIndex = from;
  const found = closer.exec(html);
  return found ? { inner: html.slice(from, found.index), next: found.index + found[0].length } : { inner: html.slice(from), next: html.length };
}

const stripTags = (html: string) => html.replace(/<[^<>]*>/g, ' ');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function htmlToMarkdown(html: string): { title: string | undefined; markdown: string } {
  const out: string[] = [];
  let title: string | undefined;
  let heading: { level: number; at: number } | null = null;
  const endHeading = () => {
    if (!heading) return;
    const text = oneLine(out.splice(heading.at).join(''));
    if (text) out.push(`\n\n${'#'.repeat(heading.level)} ${text}\n\n`);
    heading = null;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      out.push(decodeEntities(html.slice(i)));
      break;
    }
    out.push(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      // "<!doctype>", "<?xml ?>": skipped; a "<" that opens nothing is text.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') {
        const end = html.indexOf('>', lt);
        i = end === -1 ? html.length : end + 1;
      } else {
        out.push('<');
        i = lt + 1;
      }
      continue;
    }
    const end = html.indexOf('>', lt);
    // An unclosed tag runs to the end of the page, as in a browser.
    if (end === -1) break;
    i = end + 1;
    const closing = tag[1] === '/';
    const name = tag[2]!.toLowerCase();
    if (!closing && name === 'title') {
      const { inner, next } = endOf(html, name, i);
      title ??= oneLine(decodeEntities(stripTags(inner))) || undefined;
      i = next;
    } else if (!closing && DROPPED.has(name) && !html.slice(lt, end).endsWith('/')) {
      // <head> holds the title: read it before dropping the rest.
      const { inner, next } = endOf(html, name, i);
      if (name === 'head') title ??= htmlToMarkdown(inner.replace(/<\/?head\b[^<>]*>/gi, '')).title;
      i = next;
    } else if (/^h[1-6]$/.test(name)) {
      endHeading();
      if (!closing) heading = { level: Number(name[1]), at: out.length };
    } else if (name === 'br') {
      out.push('\n');
    } else if (name === 'li' && !closing) {
      out.push('\n- ');
    } else if ((name === 'td' || name === 'th') && closing) {
      out.push(' ');
    } else if (BLOCKS.has(name)) {
      out.push('\n\n');
    }
  }
  endHeading();
  const markdown = out.join('')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title, markdown };
}
