/**
 * The English app chunk's entry (dist/signpost-app-en.js): hands `startApp`, with the English words, to the
 * loader under a private global key. Loaded by the loader only (see load-app.ts); on its own it draws nothing.
 */
import { startApp } from './app.tsx';
import { en } from './i18n/en.ts';
import { chunkSlot } from './load-app.ts';
import type { StartApp } from './shell.ts';

chunkSlot<StartApp>('app-en').start = (context) => startApp(context, en);
