/**
 * Builds the widget into one self-contained file, dist/signpost.js (an IIFE a customer loads with one
 * <script> tag; the CSS is inlined and lives in the widget's shadow root).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    lib: {
      entry: 'widget/src/embed.ts',
      name: 'SignpostEmbed',
      formats: ['iife'],
      fileName: () => 'signpost.js',
    },
  },
});
