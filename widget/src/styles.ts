/**
 * The chat's CSS (the app chunk), inlined into the widget's shadow root as a string: no stylesheet request,
 * nothing leaks to or from the host page. The host element, the launcher and the theme's custom properties
 * come from the loader (shell.ts, theme.ts); every colour, radius and font here is one of those properties.
 * Sizes are in px so a page's `html { font-size }` cannot shrink the chat; browser zoom scales it.
 */
export const css = `
input{font:inherit;color:inherit;margin:0}
button:disabled{cursor:default}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}

.panel{position:fixed;right:var(--sp-right);left:var(--sp-left);bottom:92px;width:min(384px,calc(100vw - 40px));
  height:min(640px,calc(100vh - 116px));display:flex;flex-direction:column;overflow:hidden;background:var(--sp-surface);
  border-radius:var(--sp-radius);box-shadow:0 24px 60px rgb(0 0 0/.22),0 4px 14px rgb(0 0 0/.12);border:1px solid var(--sp-border)}
@media (max-width:639.98px){
  .panel{top:var(--sp-vt,0px);left:0;right:0;bottom:auto;width:100%;height:var(--sp-vh,100%);border-radius:0;border:0;
    padding:env(safe-area-inset-top) env(safe-area-inset-right) 0 env(safe-area-inset-left)}
  .foot{padding-bottom:max(12px,env(safe-area-inset-bottom))}
}

.head{display:flex;align-items:center;gap:12px;padding:12px 10px 12px 16px;padding-inline:16px 10px;background:var(--sp-brand);color:var(--sp-on-brand)}
.head :focus-visible{outline-color:var(--sp-on-brand)}
.avatar{flex:none;width:38px;height:38px;border-radius:50%;display:grid;place-items:center;background:rgb(255 255 255/.18)}
.avatar svg{width:20px;height:20px}
.title{flex:1;min-width:0}
.title h2{display:block;margin:0;font-size:16px;font-weight:650;letter-spacing:-.01em;overflow-wrap:anywhere}
.title span{display:block;font-size:12.5px}
.head button{border:0;background:transparent;color:inherit;border-radius:8px;padding:6px 8px;font-size:13px;font-weight:550}
.head button:hover{background:rgb(255 255 255/.16)}
.head button:disabled{opacity:.55;background:transparent}
.head .icon{width:40px;height:40px;padding:0;display:grid;place-items:center}
.head .icon svg{width:18px;height:18px}

.log{flex:1;overflow-y:auto;overflow-x:hidden;display:flex;flex-direction:column;gap:8px;padding:18px 14px;background:var(--sp-canvas);overscroll-behavior:contain}
.msg{display:flex;flex-direction:column;max-width:84%;align-self:flex-start;align-items:flex-start}
.msg.client{align-self:flex-end;align-items:flex-end}
.bubble{padding:9px 13px;border-radius:18px;border-end-start-radius:6px;background:var(--sp-surface);border:1px solid var(--sp-border);
  white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}
.bubble a{color:var(--sp-brand-text);text-decoration:underline}
.client .bubble{border-radius:18px;border-end-end-radius:6px;background:var(--sp-brand);border-color:var(--sp-brand);color:var(--sp-on-brand)}
.client .bubble a{color:inherit}
.human .bubble{border:2px solid var(--sp-brand-text)}
.who{font-size:12px;font-weight:650;color:var(--sp-brand-text);margin-bottom:3px}
.msg + .msg.client,.msg.client + .msg:not(.client){margin-top:6px}
.meta{font-size:12px;color:var(--sp-muted);margin-top:3px}
.failed .bubble{background:var(--sp-surface);color:var(--sp-text);border-color:var(--sp-danger)}
.failed .meta{color:var(--sp-danger)}

.typing{display:flex;gap:4px;padding:13px 14px}
.typing i{width:7px;height:7px;border-radius:50%;background:var(--sp-muted);opacity:.4;animation:sp-dot 1.2s infinite ease-in-out}
.typing i:nth-child(2){animation-delay:.15s}
.typing i:nth-child(3){animation-delay:.3s}
@keyframes sp-dot{0%,60%,100%{opacity:.35;transform:none}30%{opacity:1;transform:translateY(-3px)}}
@media (prefers-reduced-motion:reduce){.typing i{animation:none;opacity:.7}}

.card{margin-top:8px;width:min(300px,100%);background:var(--sp-surface);border:1px solid var(--sp-border);border-radius:14px;
  padding:16px;box-shadow:0 6px 18px rgb(0 0 0/.08)}
.eyebrow{font-size:11.5px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--sp-brand-text);margin:0}
.card h3{margin:4px 0 6px;font-size:18px;line-height:1.25;font-weight:700;letter-spacing:-.01em}
.card p{margin:0 0 12px;color:var(--sp-muted);font-size:14px}
.price{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px;margin-bottom:12px}
.price strong{font-size:24px;font-weight:750;letter-spacing:-.02em}
.price span{color:var(--sp-muted);font-size:13.5px}
.cta{display:block;width:100%;padding:11px 14px;border:0;border-radius:10px;text-align:center;text-decoration:none;font-weight:650;
  background:var(--sp-brand);color:var(--sp-on-brand)}
.cta:hover{background:var(--sp-brand-hover)}

.alert,.notice{display:flex;align-items:center;gap:10px;padding:10px 14px;font-size:13.5px;background:var(--sp-canvas);border-top:1px solid var(--sp-border)}
.alert{color:var(--sp-danger)}
.notice{color:var(--sp-text)}
.alert span,.notice span{flex:1}
.alert button{flex:none;border:1px solid currentColor;background:var(--sp-surface);color:var(--sp-danger);border-radius:8px;padding:6px 12px;font-size:13px;font-weight:600}

.foot{padding:10px 12px 12px;border-top:1px solid var(--sp-border);background:var(--sp-surface)}
.replies{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.replies button{border:1.5px solid var(--sp-brand-text);background:var(--sp-surface);color:var(--sp-brand-text);border-radius:999px;
  padding:7px 14px;min-height:36px;font-size:14px;font-weight:550;transition:background .12s,color .12s}
.replies button:hover{background:var(--sp-brand);border-color:var(--sp-brand);color:var(--sp-on-brand)}
.replies.scale{display:grid;grid-template-columns:repeat(var(--n),minmax(0,1fr));gap:4px}
.replies.scale button{padding:7px 0;border-radius:8px;min-width:0}
.form{display:flex;gap:8px}
.form input{flex:1;min-width:0;height:44px;padding:0 14px;border:1px solid var(--sp-muted);border-radius:22px;background:var(--sp-canvas);
  outline:none;font-size:16px}
.form input::placeholder{color:var(--sp-muted);opacity:1}
.form input:focus{border-color:var(--sp-brand-text);background:var(--sp-surface);box-shadow:0 0 0 3px color-mix(in srgb,var(--sp-brand) 25%,transparent)}
.send{flex:none;width:44px;height:44px;padding:0;border:0;border-radius:50%;display:grid;place-items:center;background:var(--sp-brand);color:var(--sp-on-brand)}
.send:disabled{opacity:.5}
.send svg{width:18px;height:18px}
.send svg:dir(rtl){transform:scaleX(-1)}
`;
