/**
 * The Spanish app chunk's entry (dist/signpost-app-es.js): hands `startApp`, with the Spanish words, to the
 * loader under a private global key. Loaded by the loader only (see load-app.ts); on its own it draws nothing.
 */
import { startApp } from './app.tsx';
import { es } from './i18n/es.ts';
import { chunkSlot } from './load-app.ts';
import type { StartApp } from './shell.ts';

chunkSlot<StartApp>('app-es').start = (context) => startApp(context, es);
