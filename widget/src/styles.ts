/**
 * The chat's CSS (the app chunk), inlined into the widget's shadow root as a string: no stylesheet request,
 * nothing leaks to or from the host page. The host element, the launcher and the theme's custom properties
 * come from the loader (shell.ts, theme.ts); every colour, radius and font here is one of those properties.
 * Sizes are in px so a page's `html { font-size }` cannot shrink the chat; browser zoom scales it.
 */
export const css = `
.app{font-family:var(--sp-font);font-size:15px;line-height:1.45;color:var(--sp-text);-webkit-text-size-adjust:100%}
*,::before,::after{box-sizing:border-box}
[hidden]{display:none!important}
button,input{font:inherit;color:inherit;margin:0}
button{cursor:pointer;border:0;background:none}
button:disabled{cursor:default;opacity:.5}
:focus-visible{outline:3px solid var(--sp-brand-text);outline-offset:2px}
svg{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
p{margin:0 0 12px}
a{color:var(--sp-brand-text)}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}

.panel{position:fixed;right:var(--sp-right);left:var(--sp-left);bottom:calc(92px + var(--sp-offset));width:min(384px,calc(100vw - 40px));
  height:min(640px,calc(100vh - 116px - var(--sp-offset)));display:flex;flex-direction:column;overflow:hidden;background:var(--sp-surface);
  border-radius:var(--sp-radius);box-shadow:0 16px 48px rgb(0 0 0/.25);border:1px solid var(--sp-border)}
@media (max-width:639.98px){
  .panel{top:var(--sp-vt,0px);left:0;right:0;bottom:auto;width:100%;height:var(--sp-vh,100%);border-radius:0;border:0;
    padding:env(safe-area-inset-top) env(safe-area-inset-right) 0 env(safe-area-inset-left)}
  .foot{padding-bottom:max(12px,env(safe-area-inset-bottom))}
}

.head,.client .bubble,.cta,.retry,.send{background:var(--sp-brand);color:var(--sp-on-brand)}
.head{display:flex;align-items:center;gap:8px;padding:12px 6px 12px 14px}
.head :focus-visible{outline-color:var(--sp-on-brand)}
.pic,.icon,.send{flex:none;display:grid;place-items:center;border-radius:50%}
.pic{position:relative;width:34px;height:34px;overflow:hidden;box-shadow:inset 0 0 0 1.5px;font-weight:700;font-size:14px}
.pic img{position:absolute;width:100%;height:100%;object-fit:cover}
.title{flex:1;min-width:0}
h2{margin:0;font-size:16px;font-weight:650;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.title span{display:block;font-size:12.5px}
.head button{white-space:nowrap;border-radius:8px;padding:6px;font-size:13px;font-weight:550}
.head button:hover:enabled{background:rgb(255 255 255/.16)}
.head .icon{width:36px;height:36px;padding:0}
.icon svg,.send svg{width:18px;height:18px}

.log{position:relative;flex:1;overflow:hidden auto;display:flex;flex-direction:column;gap:8px;padding:18px 14px;background:var(--sp-canvas);overscroll-behavior:contain}
.msg{display:flex;flex-direction:column;max-width:84%;align-self:flex-start;align-items:flex-start}
.msg.client{align-self:flex-end;align-items:flex-end}
.bubble{padding:9px 13px;border-radius:18px;border-end-start-radius:6px;background:var(--sp-surface);border:1px solid var(--sp-border);
  white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}
.client .bubble{border-radius:18px;border-end-end-radius:6px;border-color:var(--sp-brand)}
.client .bubble a{color:inherit}
.human_coach .bubble{border:2px solid var(--sp-brand-text)}
.who{display:flex;align-items:center;gap:6px;font-size:12.5px;font-weight:650;color:var(--sp-brand-text);margin-bottom:4px}
.who .pic{width:24px;height:24px;font-size:10px}
.meta{font-size:12px;color:var(--sp-muted);margin-top:3px}
.failed .bubble{border-color:var(--sp-danger)}
.failed .meta{color:var(--sp-danger)}

.typing{display:flex;gap:4px;padding:13px 14px}
.typing i{width:7px;height:7px;border-radius:50%;background:var(--sp-muted);animation:sp-dot 1.2s infinite}
.typing i+i{animation-delay:.15s}
.typing i+i+i{animation-delay:.3s}
@keyframes sp-dot{0%,60%,100%{opacity:.35}30%{opacity:1;transform:translateY(-3px)}}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}

.card{margin-top:8px;width:min(300px,100%);background:var(--sp-surface);border:1px solid var(--sp-border);border-radius:14px;
  padding:16px;box-shadow:0 6px 18px rgb(0 0 0/.08);font-size:14px}
.eyebrow{font-size:11.5px;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--sp-brand-text);margin:0}
h3{margin:4px 0 6px;font-size:18px;line-height:1.25}
.why,.price span,.down{color:var(--sp-muted)}
.includes{margin:0 0 12px;padding-inline-start:20px;list-style:"✓  "}
.includes ::marker{color:var(--sp-brand-text);font-weight:700}
.price{margin-bottom:12px}
.price strong{font-size:24px;margin-inline-end:4px}
.cta,.retry{display:block;padding:11px 18px;border-radius:10px;text-align:center;text-decoration:none;font-weight:650}
.cta:hover,.retry:hover{background:var(--sp-brand-hover)}
.guarantee{margin:8px 0 0;font-size:13px;text-align:center}
.alt{margin:12px 0 0;padding-top:10px;border-top:1px solid var(--sp-border)}

.down{margin:auto 0;padding:20px 8px;text-align:center}
.down-title{font-size:16px;font-weight:650;color:var(--sp-text)}
.retry{margin:0 auto 12px}
.alert,.notice{display:flex;align-items:center;gap:10px;padding:10px 14px;font-size:13.5px;background:var(--sp-canvas);border-top:1px solid var(--sp-border)}
.alert{color:var(--sp-danger)}
.alert span{flex:1}
.alert .reach::before{content:" "}
.alert button{border:1px solid;border-radius:8px;padding:6px 12px;font-size:13px;font-weight:600;color:inherit}

.foot{padding:10px 12px 12px;border-top:1px solid var(--sp-border);background:var(--sp-surface)}
.replies{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:10px}
.replies button{border:1.5px solid var(--sp-brand-text);color:var(--sp-brand-text);border-radius:999px;padding:7px 14px;min-height:36px;font-size:14px;font-weight:550}
.replies button:hover{background:var(--sp-brand);border-color:var(--sp-brand);color:var(--sp-on-brand)}
.scale{display:grid;grid-template-columns:repeat(var(--n),minmax(0,1fr));gap:4px}
.scale button{padding:7px 0;border-radius:8px;min-width:0}
.form{display:flex;gap:8px}
.form input{flex:1;min-width:0;height:44px;padding:0 14px;border:1px solid var(--sp-muted);border-radius:22px;background:var(--sp-canvas);font-size:16px;outline-offset:1px}
.form input::placeholder{color:var(--sp-muted);opacity:1}
.send{width:44px;height:44px;padding:0}
.send svg:dir(rtl){transform:scaleX(-1)}
`;
