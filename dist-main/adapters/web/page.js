/**
 * The web chat page: one self-contained HTML document (no build step, no external requests),
 * readable on a phone. Messages render as bubbles, choices as buttons that are disabled once
 * answered, links as links. `?ref=CODE` attributes the conversation; `?lang=en` picks English.
 */
import { namesOrganisation } from "../../core/org-name.js";
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Renders the page once at start-up. */
export function renderWebChatPage(options) {
    // ORG_NAME left as the bot's own name names nobody: "komorebi · komorebi" says nothing twice.
    const org = namesOrganisation(options.orgName) ? escapeHtml(options.orgName) : "";
    const config = JSON.stringify({ defaultLocale: options.defaultLocale }).replace(/</g, "\\u003c");
    return `<!doctype html>
<html lang="${escapeHtml(options.defaultLocale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="robots" content="noindex">
<link rel="icon" href="data:,">
<title>komorebi${org ? ` · ${org}` : ""}</title>
<style>
  :root { --bg:#f6f4ee; --bot:#ffffff; --me:#dfeee0; --ink:#2b2b28; --muted:#6b6a63; --accent:#4d7c59; }
  * { box-sizing: border-box; }
  html, body { height: 100%; margin: 0; }
  body { font: 16px/1.6 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", sans-serif; background: var(--bg); color: var(--ink); display: flex; flex-direction: column; }
  header { padding: .75rem 1rem; border-bottom: 1px solid #e3e0d6; background: #fbfaf6; display: flex; align-items: center; justify-content: space-between; gap: .75rem; }
  #exit { font: inherit; font-size: .85rem; padding: .4rem .8rem; border-radius: .6rem; border: 1px solid #b9b5a8; background: transparent; color: var(--ink); min-height: 44px; white-space: nowrap; }
  header h1 { font-size: 1rem; margin: 0; font-weight: 600; }
  header p { margin: 0; font-size: .8rem; color: var(--muted); }
  main { flex: 1; overflow-y: auto; scrollbar-gutter: stable; position: relative; padding: 1rem; display: flex; flex-direction: column; gap: .5rem; }
  .msg { max-width: 85%; padding: .6rem .85rem; border-radius: 1rem; white-space: pre-wrap; overflow-wrap: anywhere; }
  .bot { background: var(--bot); align-self: flex-start; border-bottom-left-radius: .3rem; box-shadow: 0 1px 1px #0001; }
  .me { background: var(--me); align-self: flex-end; border-bottom-right-radius: .3rem; }
  .choices { display: flex; flex-wrap: wrap; gap: .4rem; margin-top: .5rem; }
  .choices button { font: inherit; font-size: .95rem; padding: .45rem .8rem; border-radius: 999px; border: 1px solid var(--accent); background: #fff; color: var(--accent); cursor: pointer; min-height: 44px; }
  .choices button:disabled { opacity: .45; cursor: default; }
  .choices button.picked { background: var(--accent); color: #fff; opacity: 1; }
  .msg a { color: var(--accent); text-decoration: underline; text-underline-offset: .15em; padding: .3em 0; }
  .msg a[href^="tel:"] { white-space: nowrap; }
  .links a { display: flex; align-items: center; min-height: 44px; margin-top: .25rem; padding: 0; }
  form { display: flex; align-items: flex-end; gap: .5rem; padding: .6rem; border-top: 1px solid #e3e0d6; background: #fbfaf6; padding-bottom: max(.6rem, env(safe-area-inset-bottom)); }
  textarea { flex: 1; font: inherit; padding: .55rem .7rem; border-radius: .8rem; border: 1px solid #cfccc2; resize: none; min-height: 2.85rem; max-height: 8rem; }
  form button { font: inherit; padding: 0 1rem; border-radius: .8rem; border: 0; background: var(--accent); color: #fff; min-width: 4.5rem; min-height: 2.85rem; }
  .status { font-size: .8rem; color: var(--muted); align-self: center; }
  @media (prefers-color-scheme: dark) {
    :root { --bg:#1d1e1b; --bot:#2a2b27; --me:#2f4634; --ink:#ecebe4; --muted:#a9a79d; --accent:#8fc29b; }
    header, form { background: #232420; border-color: #34352f; }
    textarea { background: #2a2b27; color: var(--ink); border-color: #44453e; }
    .choices button { background: transparent; }
    form button, .choices button.picked { color: #1d1e1b; }
  }
</style>
</head>
<body>
<header><div><h1>komorebi</h1><p id="sub">${org}</p></div><button id="exit" type="button"></button></header>
<main id="log" aria-live="polite"></main>
<form id="form" autocomplete="off">
  <textarea id="input" rows="1" enterkeyhint="send" aria-label="message"></textarea>
  <button id="send" type="submit"></button>
</form>
<script>
(() => {
  const config = ${config};
  const params = new URLSearchParams(location.search);
  const known = (code) => (code === "ja" || code === "en" ? code : null);
  const lang = known(params.get("lang")) || known((navigator.language || "").slice(0, 2)) || config.defaultLocale;
  const ui = {
    ja: { placeholder: "メッセージを入力", send: "送信", sub: "決まった言葉で話すチャットボットです", offline: "つながりませんでした。少ししてからもう一度送ってください。", tooLong: (n) => "長すぎて送れませんでした（" + n + "文字）。4000文字までに分けて送ってください。", exit: "すぐに閉じる", exitLabel: "この画面をすぐに閉じて、別のページに移ります。会話の表示も消えます" },
    en: { placeholder: "Type a message", send: "Send", sub: "A chatbot with scripted replies", offline: "Couldn't connect. Please try sending again in a moment.", tooLong: (n) => "That's too long to send in one go (" + n + " characters). Please send it in parts of up to 4,000.", exit: "Quick exit", exitLabel: "Leave this page at once for another site; the conversation on screen is cleared" },
  }[lang] || {};
  document.documentElement.lang = lang;
  const log = document.getElementById("log");
  const input = document.getElementById("input");
  document.getElementById("send").textContent = ui.send;
  input.placeholder = ui.placeholder;
  if (ui.placeholder) input.setAttribute("aria-label", ui.placeholder);
  const sub = document.getElementById("sub");
  sub.textContent = sub.textContent ? sub.textContent + " · " + ui.sub : ui.sub;
  const id = () => (crypto.randomUUID ? crypto.randomUUID() : Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, "0")).join(""));
  // The conversation lives in this tab only (sessionStorage): closing the tab, the quick exit
  // and "delete my data" leave nothing behind on a shared device.
  const store = sessionStorage;
  let session = store.getItem("komorebi.session");
  if (!session) { session = id(); store.setItem("komorebi.session", session); }
  let transcript = [];
  try { transcript = JSON.parse(store.getItem("komorebi.transcript") || "[]"); } catch { transcript = []; }
  const remember = (entry) => { transcript.push(entry); try { store.setItem("komorebi.transcript", JSON.stringify(transcript)); } catch {} };
  // After "delete my data": what was deleted leaves the screen too, not only the tab's storage.
  function forget() {
    transcript = [];
    store.removeItem("komorebi.transcript");
    session = id();
    store.setItem("komorebi.session", session);
    log.replaceChildren();
  }
  const exit = document.getElementById("exit");
  exit.textContent = ui.exit;
  // The visible words are the button's name; the title says what it does.
  exit.title = ui.exitLabel;
  exit.addEventListener("click", () => {
    store.clear();
    log.replaceChildren();
    location.replace("https://www.google.com/");
  });
  let queue = Promise.resolve();

  // Web addresses and phone numbers in a reply become links, so a helpline can be opened or
  // called with one tap. Phone numbers are recognised after the word the resource lines use.
  const linkable = /(https?:\\/\\/[^\\s<>"]+)|((?:電話|phone)\\s*)(\\+?\\d[\\d -]+\\d(?:\\s*\\/\\s*\\+?\\d[\\d -]+\\d)*)/gi;
  function link(href, text) {
    const a = document.createElement("a");
    a.href = href; a.textContent = text;
    if (!href.startsWith("tel:")) { a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  function fill(div, text) {
    let last = 0;
    for (const match of text.matchAll(linkable)) {
      let end = match.index + match[0].length;
      if (match[1]) {
        const url = match[1].replace(/[.,;:!?)\\]」』。、]+$/, "");
        end = match.index + url.length;
        div.append(text.slice(last, match.index), link(url, url));
      } else {
        div.append(text.slice(last, match.index) + match[2]);
        match[3].split(/(\\s*\\/\\s*)/).forEach((part, i) => div.append(i % 2 ? part : link("tel:" + part.replace(/[\\s-]/g, ""), part)));
      }
      last = end;
    }
    div.append(text.slice(last));
  }
  // Stays at the newest message, but a reply taller than the screen is shown from its start.
  let pinned = true;
  log.addEventListener("scroll", () => { pinned = log.scrollHeight - log.clientHeight - log.scrollTop < 48; });
  function reveal(first) {
    const bottom = log.scrollHeight - log.clientHeight;
    log.scrollTop = first ? Math.min(bottom, first.offsetTop - 12) : bottom;
    pinned = log.scrollTop >= bottom - 1;
  }
  // When the on-screen keyboard shrinks the page, keep the newest message in view.
  const keep = () => { if (pinned) log.scrollTop = log.scrollHeight; };
  addEventListener("resize", keep);
  if (window.visualViewport) visualViewport.addEventListener("resize", keep);
  // A pressed button is kept with its label, so a reload shows the row answered.
  function bubble(cls, text, replaying, picked) {
    if (cls === "me" && !replaying) remember(picked ? { me: text, picked } : { me: text });
    const div = document.createElement("div");
    div.className = "msg " + cls;
    if (cls === "bot") fill(div, text); else div.textContent = text;
    log.appendChild(div);
    return div;
  }
  function render(message, replaying) {
    if (!replaying) remember({ bot: message });
    const div = bubble("bot", message.text || "");
    if (message.type === "choices") {
      const row = document.createElement("div");
      row.className = "choices";
      for (const choice of message.choices) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = choice.label;
        button.dataset.choice = choice.id;
        button.addEventListener("click", () => {
          for (const b of row.querySelectorAll("button")) b.disabled = true;
          button.classList.add("picked");
          bubble("me", choice.label, false, choice.id);
          reveal();
          // If it cannot be sent, the buttons come back so the choice can be made again.
          post({ type: "choice", choiceId: choice.id }, () => {
            for (const b of row.querySelectorAll("button")) b.disabled = false;
            button.classList.remove("picked");
          });
        });
        row.appendChild(button);
      }
      div.appendChild(row);
    } else if (message.type === "links") {
      const links = document.createElement("div");
      links.className = "links";
      for (const item of message.links) {
        links.appendChild(link(item.url, item.label));
      }
      div.appendChild(links);
    }
    return div;
  }
  function post(event, onFail) {
    const body = JSON.stringify({ session, id: id(), locale: lang, event });
    queue = queue.then(() => send(body, 0, onFail));
  }
  async function send(body, attempt, onFail) {
    try {
      const response = await fetch("api/web/events", { method: "POST", headers: { "content-type": "application/json" }, body });
      // Over the rate limit: the server says so gently, and the same message goes again after the
      // wait it names (a message is never dropped for being quick).
      if (response.status === 429 && attempt < 5) {
        const limited = await response.json().catch(() => ({}));
        if (attempt === 0 && limited.notice) bubble("bot", limited.notice).classList.add("status");
        const wait = Math.min(30, Number(limited.retryAfter) || 2);
        await new Promise(r => setTimeout(r, wait * 1000));
        return send(body, attempt + 1, onFail);
      }
      if (!response.ok) throw new Error(String(response.status));
      show(await response.json());
    } catch {
      // The same event id is sent again, so a retry after a lost answer is not handled twice.
      if (attempt < 2) { await new Promise(r => setTimeout(r, 1500 * (attempt + 1))); return send(body, attempt + 1, onFail); }
      const div = bubble("bot", ui.offline); div.classList.add("status");
      if (onFail) onFail();
      reveal();
    }
  }
  document.getElementById("form").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    // Kept in the box, not cut: the person splits it where it makes sense to them.
    if (text.length > 4000) { bubble("bot", ui.tooLong(text.length)).classList.add("status"); reveal(); return; }
    input.value = "";
    grow();
    bubble("me", text);
    reveal();
    // If it cannot be sent, what was written comes back into the box instead of being lost.
    post({ type: "text", text }, () => { if (!input.value) { input.value = text; grow(); } });
  });
  // The box grows with what is typed (up to its max-height), so a longer message can be read back.
  function grow() {
    input.style.height = "auto";
    input.style.height = input.scrollHeight + (input.offsetHeight - input.clientHeight) + "px";
  }
  input.addEventListener("input", grow);
  input.addEventListener("keydown", (e) => {
    // keyCode 229: Safari ends an IME conversion with an Enter that no longer reports isComposing.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); document.getElementById("form").requestSubmit(); }
  });
  function show(data) {
    // The deletion's confirmation is shown on a cleared screen and not kept: a reload starts anew.
    if (data.forget) forget();
    const shown = data.messages.map((message) => render(message, data.forget));
    if (shown.length > 0) reveal(shown[0]);
  }
  // What the bot writes first (a person from the team answering) is fetched while the page is open.
  setInterval(() => {
    if (document.visibilityState !== "visible") return;
    queue = queue.then(async () => {
      try {
        const response = await fetch("api/web/messages?session=" + encodeURIComponent(session), { cache: "no-store" });
        if (response.ok) show(await response.json());
      } catch {}
    });
  }, 5000);
  if (transcript.length > 0) {
    // A reload shows the conversation where it was instead of starting it over.
    const answer = (picked) => {
      const rows = log.querySelectorAll(".choices");
      for (const b of rows[rows.length - 1]?.querySelectorAll("button") ?? []) {
        b.disabled = true;
        if (b.dataset.choice === picked) b.classList.add("picked");
      }
    };
    const shown = transcript.map((entry) => {
      if (entry.me === undefined) return render(entry.bot, true);
      if (entry.picked) answer(entry.picked);
      return bubble("me", entry.me, true);
    });
    const rows = log.querySelectorAll(".choices");
    rows.forEach((row, i) => { if (i < rows.length - 1) for (const b of row.querySelectorAll("button")) b.disabled = true; });
    if (shown.length > 0) reveal();
  } else {
    const ref = params.get("ref");
    post(ref && /^[A-Za-z0-9_-]{1,64}$/.test(ref) ? { type: "start", referral: ref } : { type: "start" });
  }
})();
</script>
</body>
</html>
`;
}
//# sourceMappingURL=page.js.map