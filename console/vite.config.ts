/**
 * Builds the owner console into dist/console/: a static index.html with relative asset paths, so it can be
 * served from any folder of any static host, next to the widget. `npm run dev` serves it from source at
 * /console/ (supabase/local/dev.ts).
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  publicDir: false,
  envDir: resolve(import.meta.dirname, '..'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // Listed so the dev server bundles them up front instead of reloading the page once it discovers them.
  optimizeDeps: { include: ['preact', 'preact/hooks', 'preact/jsx-runtime', '@preact/signals', '@supabase/supabase-js'] },
  build: {
    outDir: resolve(import.meta.dirname, '../dist/console'),
    emptyOutDir: true,
    target: 'es2022',
    // No maps: they would carry supabase-js's own sources, whose docs name the service role (tests/integration/secrets.test.ts scans for it).
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
});
