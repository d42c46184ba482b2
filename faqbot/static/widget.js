/*
 * faqbot chat widget: one file, no build step, no framework.
 *
 *   <script src="https://faq.example.org/widget.js" defer></script>
 *   <faq-bot endpoint="https://faq.example.org/api/ask"></faq-bot>
 *
 * Attributes: endpoint (the ask URL; default /api/ask next to this script), topics (the topics
 * URL; default: the endpoint with /ask replaced by /topics), heading, launcher-label, greeting.
 * Theming: the --faq-bot-* CSS custom properties below, set on the faq-bot element.
 * Everything the server or the user sends is inserted with textContent, never as HTML.
 */
(() => {
  "use strict";
  if (!window.customElements || window.customElements.get("faq-bot")) return;

  const SCRIPT_SRC = (document.currentScript && document.currentScript.src) || location.href;
  const TIMEOUT_MS = 15000;
  const MAX_RELATED = 3;

  const TEXT = {
    heading: "Questions and answers",
    launcher: "Ask a question",
    greeting: "Hello! Ask a question in your own words, or choose a topic.",
    notice: "General information, not medical advice. In an emergency, call your local emergency number.",
    placeholder: "Type your question",
    inputLabel: "Your question",
    send: "Send",
    sendLabel: "Send question",
    close: "Close chat",
    conversation: "Conversation",
    pending: "Looking for an answer…",
    didYouMean: "Did you mean:",
    orDidYouMean: "Or did you mean:",
    related: "Related questions:",
    topics: "Topics:",
    urgent: "Urgent",
    crisis: "Talk to someone now",
    retry: "Try again",
    offline: "Sorry, the answer could not be loaded: the FAQ service could not be reached. Check your connection and try again.",
    failed: (status) => `Sorry, the answer could not be loaded: the FAQ service had a problem (error ${status}). Please try again.`,
    refused: (message) => `Sorry, that question could not be sent: ${message}`,
    tooLong: "Sorry, that question is too long. Please ask it in fewer words.",
  };

  const CSS = `
    :host {
      all: initial;
      --_accent: var(--faq-bot-accent, #0b5cad);
      --_accent-text: var(--faq-bot-accent-text, #ffffff);
      --_bg: var(--faq-bot-background, #ffffff);
      --_text: var(--faq-bot-text, #1d2430);
      --_muted: var(--faq-bot-muted, #5b6472);
      --_bot-bubble: var(--faq-bot-bot-bubble, #f0f3f7);
      --_user-bubble: var(--faq-bot-user-bubble, var(--_accent));
      --_user-text: var(--faq-bot-user-text, var(--_accent-text));
      --_urgent: var(--faq-bot-urgent, #b00020);
      --_urgent-bg: var(--faq-bot-urgent-background, #fdecee);
      --_radius: var(--faq-bot-radius, 14px);
      position: fixed;
      right: var(--faq-bot-right, 20px);
      bottom: var(--faq-bot-bottom, 20px);
      z-index: var(--faq-bot-z-index, 2147483000);
      font-family: var(--faq-bot-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
      font-size: var(--faq-bot-font-size, 15px);
      line-height: 1.45;
      color: var(--_text);
    }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    button { font: inherit; cursor: pointer; }
    button:focus-visible, input:focus-visible, .log:focus-visible {
      outline: 3px solid var(--_accent); outline-offset: 2px;
    }
    .launcher {
      display: inline-flex; align-items: center; gap: .5em;
      padding: .75em 1.15em; border: 0; border-radius: 999px;
      background: var(--_accent); color: var(--_accent-text); font-weight: 600;
      box-shadow: 0 4px 14px rgba(0, 0, 0, .22);
    }
    .launcher svg { width: 1.25em; height: 1.25em; fill: currentColor; }
    .panel {
      display: flex; flex-direction: column;
      width: min(var(--faq-bot-width, 380px), calc(100vw - 24px));
      height: min(var(--faq-bot-height, 560px), calc(100vh - 40px));
      background: var(--_bg); border-radius: var(--_radius); overflow: hidden;
      box-shadow: 0 10px 40px rgba(0, 0, 0, .25); border: 1px solid rgba(0, 0, 0, .08);
    }
    header {
      display: flex; align-items: center; justify-content: space-between; gap: .5em;
      padding: .7em .7em .7em 1em; background: var(--_accent); color: var(--_accent-text);
    }
    h2 { margin: 0; font-size: 1.05em; font-weight: 650; }
    .close {
      width: 2.2em; height: 2.2em; border: 0; border-radius: 50%;
      background: transparent; color: inherit; font-size: 1.1em; line-height: 1;
    }
    .close:hover { background: rgba(255, 255, 255, .18); }
    .notice {
      margin: 0; padding: .5em 1em; font-size: .82em; color: var(--_muted);
      background: var(--_bg); border-bottom: 1px solid rgba(0, 0, 0, .08);
    }
    .log {
      position: relative; flex: 1; overflow-y: auto; padding: .9em 1em;
      display: flex; flex-direction: column; gap: .7em; background: var(--_bg);
    }
    .msg { display: flex; flex-direction: column; gap: .45em; max-width: 92%; }
    .msg.user { align-self: flex-end; align-items: flex-end; }
    .msg.bot { align-self: flex-start; }
    .bubble {
      margin: 0; padding: .6em .85em; border-radius: var(--_radius);
      white-space: pre-wrap; overflow-wrap: anywhere;
    }
    .bubble p { margin: 0; }
    .bubble p + p, .bubble p + ul, .bubble ul + p { margin-top: .45em; }
    .bubble ul { margin: .3em 0 0; padding-left: 1.3em; }
    .bubble li + li { margin-top: .15em; }
    .user .bubble { background: var(--_user-bubble); color: var(--_user-text); border-bottom-right-radius: 4px; }
    .bot .bubble { background: var(--_bot-bubble); color: var(--_text); border-bottom-left-radius: 4px; }
    .urgent .bubble, .crisis .bubble {
      background: var(--_urgent-bg); color: var(--_text);
      border: 2px solid var(--_urgent); border-left-width: 6px; font-weight: 600;
    }
    .urgent-label {
      display: block; margin-bottom: .25em; color: var(--_urgent);
      font-weight: 750; text-transform: uppercase; letter-spacing: .04em; font-size: .85em;
    }
    .error .bubble { border: 1px dashed var(--_urgent); }
    .pending .bubble { color: var(--_muted); font-style: italic; }
    .choices { display: flex; flex-wrap: wrap; gap: .4em; }
    .choices-label { flex-basis: 100%; margin: .1em 0 0; font-size: .85em; color: var(--_muted); }
    .chip {
      padding: .4em .8em; border-radius: 999px; text-align: left;
      border: 1px solid var(--_accent); background: var(--_bg); color: var(--_accent);
    }
    .chip:hover { background: var(--_accent); color: var(--_accent-text); }
    form { display: flex; gap: .5em; padding: .7em; border-top: 1px solid rgba(0, 0, 0, .08); background: var(--_bg); }
    input {
      flex: 1; min-width: 0; padding: .6em .8em; font: inherit; color: var(--_text); background: var(--_bg);
      border: 1px solid #9aa3af; border-radius: 10px;
    }
    .send {
      padding: .6em 1em; border: 0; border-radius: 10px;
      background: var(--_accent); color: var(--_accent-text); font-weight: 600;
    }
    .send:disabled { opacity: .55; cursor: progress; }
    .visually-hidden {
      position: absolute; width: 1px; height: 1px; overflow: hidden;
      clip: rect(0 0 0 0); white-space: nowrap;
    }
    @media (max-width: 480px) {
      :host { right: 8px; bottom: 8px; }
      .panel { width: calc(100vw - 16px); height: calc(100vh - 16px); }
    }
    @media (prefers-reduced-motion: no-preference) {
      .panel:not([hidden]) { animation: rise .16s ease-out; }
      @keyframes rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
    }
  `;

  function element(tag, attributes = {}, text = null) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text !== null) node.textContent = text;
    return node;
  }

  // Answers come as lines; lines starting with "•" are list items. Text only, never HTML.
  function appendText(container, text) {
    let list = null;
    for (const line of String(text).split("\n")) {
      const item = /^\s*•\s*(.*)$/.exec(line);
      if (item) {
        if (!list) container.append((list = element("ul")));
        list.append(element("li", {}, item[1]));
      } else {
        list = null;
        if (line.trim()) container.append(element("p", {}, line));
      }
    }
  }

  function chatIcon() {
    const ns = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(ns, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    const path = document.createElementNS(ns, "path");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z");
    svg.appendChild(path);
    return svg;
  }

  function adoptStyles(root) {
    if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
      // A constructed sheet needs no inline <style>, so host pages with a strict CSP work too.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(element("style", {}, CSS));
    }
  }

  class FaqBot extends HTMLElement {
    constructor() {
      super();
      this._root = this.attachShadow({ mode: "open" });
      this._built = false;
      this._busy = false;
      this._topics = null;
    }

    connectedCallback() {
      if (!this._built) this._build();
    }

    get endpoint() {
      const given = this.getAttribute("endpoint");
      return given ? new URL(given, document.baseURI).href : new URL("/api/ask", SCRIPT_SRC).href;
    }

    get topicsUrl() {
      const explicit = this.getAttribute("topics");
      if (explicit) return new URL(explicit, document.baseURI).href;
      const url = new URL(this.endpoint);
      if (!/\/ask\/?$/.test(url.pathname)) return null;
      url.pathname = url.pathname.replace(/\/ask\/?$/, "/topics");
      url.search = "";
      return url.href;
    }

    open() {
      this._panel.hidden = false;
      this._launcher.hidden = true;
      this._launcher.setAttribute("aria-expanded", "true");
      if (!this._log.childElementCount) this._welcome();
      this._input.focus();
    }

    close() {
      this._panel.hidden = true;
      this._launcher.hidden = false;
      this._launcher.setAttribute("aria-expanded", "false");
      this._launcher.focus();
    }

    ask(question) {
      const text = String(question).trim();
      if (!text || this._busy) return;
      this._addUser(text);
      this._send(text);
    }

    _build() {
      this._built = true;
      adoptStyles(this._root);
      const heading = this.getAttribute("heading") || TEXT.heading;
      this._launcher = element("button", {
        type: "button", class: "launcher", part: "launcher",
        "aria-haspopup": "dialog", "aria-expanded": "false", "aria-controls": "panel",
      });
      this._launcher.append(chatIcon(), element("span", {}, this.getAttribute("launcher-label") || TEXT.launcher));
      this._launcher.addEventListener("click", () => this.open());

      this._panel = element("section", { id: "panel", class: "panel", part: "panel", role: "dialog", "aria-labelledby": "title" });
      this._panel.hidden = true;
      this._panel.addEventListener("keydown", (event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          this.close();
        }
      });
      this._panel.append(this._header(heading), element("p", { class: "notice" }, TEXT.notice), this._buildLog(), this._form());
      this._root.append(this._launcher, this._panel);
    }

    _header(heading) {
      const header = element("header");
      const close = element("button", { type: "button", class: "close", "aria-label": TEXT.close, title: TEXT.close }, "✕");
      close.addEventListener("click", () => this.close());
      header.append(element("h2", { id: "title" }, heading), close);
      return header;
    }

    _buildLog() {
      this._log = element("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": TEXT.conversation, tabindex: "0" });
      return this._log;
    }

    _form() {
      const form = element("form", { class: "composer" });
      const label = element("label", { for: "question", class: "visually-hidden" }, TEXT.inputLabel);
      this._input = element("input", {
        id: "question", type: "text", autocomplete: "off", maxlength: "500",
        placeholder: TEXT.placeholder, enterkeyhint: "send",
      });
      this._sendButton = element("button", { type: "submit", class: "send", "aria-label": TEXT.sendLabel }, TEXT.send);
      form.append(label, this._input, this._sendButton);
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const text = this._input.value;
        if (!text.trim() || this._busy) return;
        this._input.value = "";
        this.ask(text);
      });
      return form;
    }

    async _welcome() {
      const message = this._addBot(this.getAttribute("greeting") || TEXT.greeting, "greeting");
      const topics = await this._loadTopics();
      this._addChoices(message, TEXT.topics, this._sectionStarters(topics));
    }

    async _loadTopics() {
      if (this._topics) return this._topics;
      const url = this.topicsUrl;
      if (!url) return [];
      try {
        const response = await fetch(url, { credentials: "omit" });
        const data = response.ok ? await response.json() : null;
        const topics = data && Array.isArray(data.topics) ? data.topics : [];
        this._topics = topics.filter((t) => t && typeof t.question === "string");
      } catch (error) {
        return []; // Chips are a convenience; the chat works without them.
      }
      return this._topics;
    }

    _sectionStarters(topics) {
      const seen = new Map();
      for (const topic of topics) {
        const section = topic.section || topic.question;
        if (!seen.has(section)) seen.set(section, { label: section, question: topic.question });
      }
      return [...seen.values()];
    }

    async _send(question) {
      this._setBusy(true);
      const pending = this._addBot(TEXT.pending, "pending");
      try {
        const reply = await this._post(question);
        pending.remove();
        await this._showReply(reply);
      } catch (problem) {
        pending.remove();
        this._showFailure(question, problem);
      } finally {
        this._setBusy(false);
      }
    }

    async _post(question) {
      const controller = window.AbortController ? new AbortController() : null;
      const timer = controller && setTimeout(() => controller.abort(), TIMEOUT_MS);
      let response;
      try {
        response = await fetch(this.endpoint, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ question }),
          credentials: "omit",
          signal: controller ? controller.signal : undefined,
        });
      } catch (error) {
        throw { kind: "offline" };
      } finally {
        if (timer) clearTimeout(timer);
      }
      let data = null;
      try {
        data = await response.json();
      } catch (error) {
        data = null;
      }
      if (!response.ok) throw { kind: "status", status: response.status, data };
      if (!data || typeof data.text !== "string") throw { kind: "status", status: response.status, data };
      return data;
    }

    async _showReply(reply) {
      const message = this._addBot(reply.text, reply.kind);
      if (reply.kind === "urgent" || reply.kind === "crisis") return; // Nothing may distract from it.
      const suggestions = Array.isArray(reply.suggestions) ? reply.suggestions.filter((s) => s && typeof s.question === "string") : [];
      const asSuggestion = (s) => ({ label: s.question, question: s.question });
      if (suggestions.length) {
        this._addChoices(message, reply.kind === "answer" ? TEXT.orDidYouMean : TEXT.didYouMean, suggestions.map(asSuggestion));
      }
      if (reply.kind === "answer" && reply.id) {
        const related = await this._related(reply.id, suggestions);
        this._addChoices(message, TEXT.related, related.map(asSuggestion));
      } else if (!suggestions.length) {
        this._addChoices(message, TEXT.topics, this._sectionStarters(await this._loadTopics()));
      }
    }

    async _related(id, suggestions) {
      const topics = await this._loadTopics();
      const answered = topics.find((t) => t.id === id);
      if (!answered || !answered.section) return [];
      const shown = new Set(suggestions.map((s) => s.id));
      return topics.filter((t) => t.section === answered.section && t.id !== id && !shown.has(t.id)).slice(0, MAX_RELATED);
    }

    _showFailure(question, problem) {
      let text = TEXT.offline;
      let canRetry = true;
      if (problem && problem.kind === "status") {
        const serverSays = problem.data && typeof problem.data.error === "string" ? problem.data.error : null;
        canRetry = problem.status >= 500 || problem.status === 408 || problem.status === 429 || !serverSays;
        text = canRetry ? TEXT.failed(problem.status) : TEXT.refused(serverSays);
        if (problem.status === 413) text = TEXT.tooLong;
      }
      const message = this._addBot(text, "error");
      if (!canRetry) return;
      const retry = element("button", { type: "button", class: "chip retry", "aria-label": `${TEXT.retry}: ${question}` }, TEXT.retry);
      retry.addEventListener("click", () => {
        if (this._busy) return;
        message.remove();
        this._send(question);
        this._input.focus();
      });
      const row = element("div", { class: "choices" });
      row.append(retry);
      message.append(row);
    }

    _addUser(text) {
      const message = element("div", { class: "msg user" });
      message.append(element("div", { class: "bubble" }, text));
      this._append(message);
    }

    _addBot(text, kind) {
      const message = element("div", { class: `msg bot ${kind}` });
      const bubble = element("div", { class: "bubble" });
      if (kind === "urgent" || kind === "crisis") bubble.append(element("strong", { class: "urgent-label" }, TEXT[kind]));
      appendText(bubble, text);
      message.append(bubble);
      this._append(message);
      return message;
    }

    _addChoices(message, label, choices) {
      if (!choices.length || !message.isConnected) return;
      const group = element("div", { class: "choices", role: "group", "aria-label": label.replace(/:$/, "") });
      group.append(element("p", { class: "choices-label" }, label));
      for (const choice of choices) {
        const button = element("button", { type: "button", class: "chip" }, choice.label);
        if (choice.label !== choice.question) button.setAttribute("aria-label", `${choice.label}: ${choice.question}`);
        button.addEventListener("click", () => {
          if (this._busy) return;
          this.ask(choice.question);
          this._input.focus();
        });
        group.append(button);
      }
      message.append(group);
      // Chips can arrive after later messages (topics load slowly): scroll only for the newest.
      if (message === this._log.lastElementChild) this._scrollTo(message);
    }

    _append(message) {
      this._log.append(message);
      this._scrollTo(message);
    }

    _scrollTo(message) {
      // Show the start of the newest message: a long answer is read from its first line.
      this._log.scrollTop = Math.max(0, message.offsetTop - 8);
    }

    _setBusy(busy) {
      this._busy = busy;
      this._sendButton.disabled = busy;
      this._log.setAttribute("aria-busy", busy ? "true" : "false");
    }
  }

  window.customElements.define("faq-bot", FaqBot);
})();
