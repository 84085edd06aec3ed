import { ChatRequestSchema } from '../_shared/contracts.ts';
import { json, readBody, requireMethod, withErrors } from '../_shared/http.ts';
import { chatTurn } from './turn.ts';

export const handler = withErrors('chat', async (request, ctx) => {
  requireMethod(request, 'POST');
  const body = await readBody(request, ChatRequestSchema);
  const response = await chatTurn({ body, request, allowOrigin: ctx.allowOrigin });
  return json(response);
}, { cors: 'checked' });
