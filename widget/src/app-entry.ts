/**
 * The app chunk's entry (dist/signpost-app.js): hands `startApp` to the loader under a private global key.
 * Loaded by the loader only (see load-app.ts); on its own it draws nothing.
 */
import { startApp } from './app.tsx';
import { appSlot } from './load-app.ts';

appSlot().start = startApp;
