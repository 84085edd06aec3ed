/**
 * Builds the widget into dist/:
 *   signpost.js              the loader a customer's page loads with one <script> tag (an IIFE, a few KB):
 *                            config, launcher, `window.Signpost`; it loads the chat on first interaction or idle;
 *   signpost-app-<lang>.js   the chat in one language (an IIFE too: a classic script needs no CORS from the
 *                            static host and takes the loader's CSP nonce), with its CSS inlined for the
 *                            widget's shadow root. One per language, so a visitor loads only their own words;
 *   signpost-handoff.js      what the chat does while a person holds a conversation (notice, contact form,
 *                            checking for replies, the unread badge), loaded by the app only then; it borrows
 *                            the app's Preact and signals, so it carries neither.
 * Library mode cannot split an IIFE, so each app chunk is another build, run by a small plugin after the
 * loader's (and again on every change under `npm run dev`: every widget source is watched).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { LANGS } from './widget/src/i18n.ts';

const SOURCES = resolve(import.meta.dirname, 'widget/src');
const shared = { outDir: 'dist', target: 'es2020', sourcemap: true } as const;

/**
 * The CSS strings (`HOST_CSS` in shell.ts, `css` in styles.ts) are written one rule per line for reading; the
 * build drops the line breaks and indentation (every line ends in `{`, `}`, `;` or `,`, so nothing else changes).
 * The dropped line breaks go after the string, so every line below it keeps its number and the source map
 * stays exact (`map: null`: the transform moves no code).
 */
function squeezeCss(): Plugin {
  return {
    name: 'signpost-squeeze-css',
    transform(code, id) {
      if (!/widget\/src\/(handoff\/)?(shell|styles)\.ts$/.test(id)) return null;
      const squeezed = code.replace(/(const (?:css|HOST_CSS) = `)([^`]*)`;/, (_, head: string, css: string) => {
        const line = css.trim().replace(/\s*\n\s*/g, '\n').replace(/\n(?=[{}])|(?<=[{};,])\n/g, '');
        if (line.includes('\n')) this.error(`${id}: a CSS line must end in {, }, ; or ,`);
        return `${head}${line}\`;${'\n'.repeat(css.split('\n').length - 1)}`;
      });
      return { code: squeezed, map: null };
    },
  };
}

function appChunk(): Plugin {
  return {
    name: 'signpost-app-chunk',
    apply: 'build',
    buildStart() {
      for (const file of readdirSync(SOURCES, { recursive: true, encoding: 'utf8' })) this.addWatchFile(join(SOURCES, file));
    },
    async writeBundle() {
      const chunks = [...LANGS.map((lang) => `app-${lang}`), 'handoff'];
      for (const chunk of chunks) {
        await build({
          configFile: false,
          publicDir: false,
          logLevel: 'warn',
          plugins: [squeezeCss()],
          // h() calls rather than the automatic runtime's jsx() (tsconfig, tests): the same elements without
          // shipping preact/jsx-runtime on top of h(), which the app has anyway.
          // The handoff chunk has no JSX and must not pull Preact in: it borrows the app's (handoff/lib.ts).
          oxc: chunk === 'handoff' ? {} : { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' }, jsxInject: `import { h, Fragment } from 'preact'` },
          build: {
            ...shared,
            emptyOutDir: false,
            lib: { entry: join(SOURCES, `${chunk}.ts`), name: 'SignpostChunk', formats: ['iife'], fileName: () => `signpost-${chunk}.js` },
          },
        });
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [squeezeCss(), appChunk()],
  build: {
    ...shared,
    emptyOutDir: true,
    lib: {
      entry: 'widget/src/embed.ts',
      name: 'SignpostEmbed',
      formats: ['iife'],
      fileName: () => 'signpost.js',
    },
  },
});
