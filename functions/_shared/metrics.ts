/**
 * This instance's record of function calls (call-log.ts says how it is written): every handler passes
 * `recordCall` to its error funnel, and the chat's commit_turn takes the waiting records along.
 */
import { createCallLog } from './call-log.ts';
import { rpcs } from './rpcs.ts';

export const callLog = createCallLog((records) => rpcs.recordFunctionCalls(records));

export const recordCall = callLog.add;
