/**
 * The handoff chunk's entry (dist/signpost-handoff.js, one file for every language): hands `startHandoff` to
 * the app chunk under a private global key. Loaded by the app only (see app.tsx and load-app.ts).
 */
import { type StartHandoff, startHandoff } from './handoff/start.ts';
import { chunkSlot } from './load-app.ts';

chunkSlot<StartHandoff>('handoff').start = startHandoff;
