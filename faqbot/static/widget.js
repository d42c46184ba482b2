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
 *
 * The widget only presents what the server's reply says (its answer, section, source, did-you-mean
 * and follow-up questions), so it offers exactly what the terminal chat offers. The conversation is
 * kept in sessionStorage: it survives a reload in the same tab and goes when the tab closes.
 */
(() => {
  "use strict";
  if (!window.customElements || window.customElements.get("faq-bot")) return;

  const SCRIPT_SRC = (document.currentScript && document.currentScript.src) || location.href;
  const TIMEOUT_MS = 15000;
  const STORE_VERSION = 1;

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
    clear: "Clear conversation",
    save: "Save",
    saveLabel: "Save this conversation as a text file",
    print: "Print",
    printLabel: "Print this conversation",
    conversation: "Conversation",
    you: "You said:",
    bot: "faqbot said:",
    pending: "Looking for an answer…",
    didYouMean: "Did you mean:",
    orDidYouMean: "Or did you mean:",
    related: "Related questions:",
    topics: "Topics:",
    urgent: "Urgent",
    source: "Source:",
    section: (name) => `section “${name}”`,
    reviewed: (date) => `reviewed ${date}`,
    helped: "Did this help?",
    yes: "Yes",
    no: "No",
    thanks: "Thank you for your feedback.",
    retry: "Try again",
    left: (n, max) => `${n} of ${max} characters left`,
    over: (n, max) => `${n} characters too many: the limit is ${max}. Please shorten your question.`,
    offline: "Sorry, the answer could not be loaded: the FAQ service could not be reached. Check your connection and try again.",
    failed: (status) => `Sorry, the answer could not be loaded: the FAQ service had a problem (error ${status}). Please try again.`,
    refused: (message) => `Sorry, that question could not be sent: ${message}`,
    tooLong: "Sorry, that question is too long. It is back in the box below: please shorten it and send it again.",
    transcript: (heading, when) => `${heading}\nConversation saved on ${when}\n`,
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
      font-size: var(--faq-bot-font-size, 16px);
      line-height: 1.45;
      color: var(--_text);
    }
    *, *::before, *::after { box-sizing: border-box; }
    [hidden] { display: none !important; }
    button { font: inherit; cursor: pointer; }
    button:focus-visible, input:focus-visible, a:focus-visible, .log:focus-visible {
      outline: 3px solid var(--_accent); outline-offset: 2px;
    }
    header button:focus-visible { outline-color: var(--_accent-text); outline-offset: -4px; }
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
      height: min(var(--faq-bot-height, 560px), calc(100dvh - 40px));
      background: var(--_bg); border-radius: var(--_radius); overflow: hidden;
      box-shadow: 0 10px 40px rgba(0, 0, 0, .25); border: 1px solid rgba(0, 0, 0, .08);
    }
    header {
      display: flex; align-items: center; justify-content: space-between; gap: .5em;
      padding: .55em .55em .55em 1em; background: var(--_accent); color: var(--_accent-text);
    }
    h2 { margin: 0; font-size: 1.05em; font-weight: 650; }
    .close {
      flex: none; width: 2.75rem; height: 2.75rem; border: 0; border-radius: 50%;
      background: transparent; color: inherit; font-size: 1.1em; line-height: 1;
    }
    .close:hover { background: rgba(255, 255, 255, .18); }
    .notice {
      margin: 0; padding: .5em 1em; font-size: 1em; color: var(--_text);
      background: var(--_bg); border-bottom: 1px solid rgba(0, 0, 0, .08);
    }
    .tools {
      display: flex; flex-wrap: wrap; gap: .25em .9em; padding: .3em 1em;
      border-bottom: 1px solid rgba(0, 0, 0, .08); background: var(--_bg);
    }
    .tool {
      padding: .2em 0; border: 0; background: transparent; color: var(--_accent);
      text-decoration: underline; text-underline-offset: 2px; min-height: 1.75rem;
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
    .urgent .bubble {
      background: var(--_urgent-bg); color: var(--_text);
      border: 2px solid var(--_urgent); border-left-width: 6px; font-weight: 600;
    }
    .urgent-label {
      display: block; margin-bottom: .25em; color: var(--_urgent);
      font-weight: 750; text-transform: uppercase; letter-spacing: .04em; font-size: .9em;
    }
    .source { margin: 0; font-size: .9em; color: var(--_muted); }
    .source a { color: var(--_accent); }
    .error .bubble { border: 1px dashed var(--_urgent); }
    .pending .bubble { color: var(--_muted); font-style: italic; }
    .choices { display: flex; flex-wrap: wrap; gap: .4em; align-items: center; }
    .choices-label { flex-basis: 100%; margin: .1em 0 0; font-size: .9em; color: var(--_muted); }
    .feedback .choices-label { flex-basis: auto; margin: 0 .2em 0 0; }
    .chip {
      padding: .4em .8em; border-radius: 999px; text-align: left; min-height: 2.25rem;
      border: 1px solid var(--_accent); background: var(--_bg); color: var(--_accent);
    }
    .chip:hover, .chip[aria-pressed="true"] { background: var(--_accent); color: var(--_accent-text); }
    .thanks { margin: 0; font-size: .9em; color: var(--_muted); }
    form { display: flex; flex-direction: column; gap: .3em; padding: .6em .7em .5em; border-top: 1px solid rgba(0, 0, 0, .08); background: var(--_bg); }
    .row { display: flex; gap: .5em; }
    input {
      flex: 1; min-width: 0; padding: .6em .8em; font: inherit; font-size: max(16px, 1em);
      color: var(--_text); background: var(--_bg); border: 1px solid #767f8c; border-radius: 10px;
    }
    input[aria-invalid="true"] { border: 2px solid var(--_urgent); }
    .count { margin: 0; font-size: .85em; color: var(--_muted); }
    .count.over { color: var(--_urgent); font-weight: 600; }
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
      .panel { width: calc(100vw - 16px); height: calc(100vh - 16px); height: calc(100dvh - 16px); }
    }
    @media (prefers-reduced-motion: no-preference) {
      .panel:not([hidden]) { animation: rise .16s ease-out; }
      @keyframes rise { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
    }
    @media print {
      :host { position: static; display: block; }
      .launcher, .close, .tools, form, .choices, .pending { display: none !important; }
      .panel { width: auto; height: auto; box-shadow: none; border: 0; overflow: visible; }
      header { background: none; color: #000; padding: 0 0 .5em; }
      .log { overflow: visible; }
      .msg { max-width: none; break-inside: avoid; }
      .who { position: static; width: auto; height: auto; clip: auto; font-weight: 700; }
      .user .bubble, .bot .bubble { background: none; color: #000; border: 1px solid #888; }
    }
  `;

  // While printing, only the conversation is printed, not the page around it.
  const PRINT_PAGE_CSS = "@media print { body > :not(faq-bot) { display: none !important; } }";

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

  function sheet(css) {
    const constructed = new CSSStyleSheet();
    constructed.replaceSync(css);
    return constructed;
  }

  function adoptStyles(root) {
    if ("adoptedStyleSheets" in root && "replaceSync" in CSSStyleSheet.prototype) {
      // A constructed sheet needs no inline <style>, so host pages with a strict CSP work too.
      root.adoptedStyleSheets = [sheet(CSS)];
    } else {
      root.appendChild(element("style", {}, CSS));
    }
  }

  function questions(list) {
    return Array.isArray(list) ? list.filter((s) => s && typeof s.question === "string") : [];
  }

  // The provenance of an answer, as parts: the leaflet (a link when it has an http(s) address),
  // the section and the review date, as far as the reply says.
  function provenance(reply) {
    const source = reply.source && typeof reply.source.title === "string" ? reply.source : null;
    const parts = [];
    if (source) parts.push({ text: `“${source.title}”`, url: /^https?:\/\//.test(source.url || "") ? source.url : null });
    if (typeof reply.section === "string" && reply.section) parts.push({ text: TEXT.section(reply.section) });
    if (source && typeof source.reviewed === "string" && source.reviewed) parts.push({ text: TEXT.reviewed(source.reviewed) });
    return parts;
  }

  class FaqBot extends HTMLElement {
    constructor() {
      super();
      this._root = this.attachShadow({ mode: "open" });
      this._built = false;
      this._busy = false;
      this._topics = null;
      this._config = {};
      this._items = [];
    }

    connectedCallback() {
      if (!this._built) this._build();
    }

    get endpoint() {
      const given = this.getAttribute("endpoint");
      return given ? new URL(given, document.baseURI).href : new URL("/api/ask", SCRIPT_SRC).href;
    }

    // A sibling of the ask endpoint: /api/ask gives /api/topics, /api/config, /api/feedback.
    _sibling(name) {
      const url = new URL(this.endpoint);
      if (!/\/ask\/?$/.test(url.pathname)) return null;
      url.pathname = url.pathname.replace(/\/ask\/?$/, `/${name}`);
      url.search = "";
      return url.href;
    }

    get topicsUrl() {
      const explicit = this.getAttribute("topics");
      return explicit ? new URL(explicit, document.baseURI).href : this._sibling("topics");
    }

    get maxLength() {
      const max = this._config.max_question;
      return Number.isInteger(max) && max > 0 ? max : null;
    }

    open() {
      this._panel.hidden = false;
      this._launcher.hidden = true;
      this._launcher.setAttribute("aria-expanded", "true");
      if (!this._log.childElementCount) this._welcome();
      this._save();
      this._input.focus();
    }

    close() {
      this._panel.hidden = true;
      this._launcher.hidden = false;
      this._launcher.setAttribute("aria-expanded", "false");
      this._save();
      this._launcher.focus();
    }

    ask(question) {
      const text = String(question).trim();
      if (!text || this._busy) return;
      this._record({ who: "user", text });
      this._send(text);
    }

    clear() {
      this._items = [];
      this._log.replaceChildren();
      this._save();
      this._welcome();
      this._input.focus();
    }

    _build() {
      this._built = true;
      adoptStyles(this._root);
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
      this._panel.append(this._header(), element("p", { class: "notice" }, TEXT.notice), this._tools(), this._buildLog(), this._form());
      this._root.append(this._launcher, this._panel);
      this._loadConfig();
      this._restore();
    }

    _header() {
      const header = element("header");
      const close = element("button", { type: "button", class: "close", "aria-label": TEXT.close, title: TEXT.close }, "✕");
      close.addEventListener("click", () => this.close());
      this._title = element("h2", { id: "title" }, this.getAttribute("heading") || TEXT.heading);
      header.append(this._title, close);
      return header;
    }

    _tools() {
      const tools = element("div", { class: "tools", role: "group", "aria-label": "Conversation tools" });
      const tool = (name, text, label, action) => {
        const button = element("button", { type: "button", class: `tool ${name}` }, text);
        if (label !== text) button.setAttribute("aria-label", label);
        button.addEventListener("click", action);
        return button;
      };
      tools.append(
        tool("print", TEXT.print, TEXT.printLabel, () => this._print()),
        tool("save", TEXT.save, TEXT.saveLabel, () => this._download()),
        tool("clear", TEXT.clear, TEXT.clear, () => this.clear()),
      );
      return tools;
    }

    _buildLog() {
      this._log = element("div", { class: "log", role: "log", "aria-live": "polite", "aria-label": TEXT.conversation, tabindex: "0" });
      return this._log;
    }

    _form() {
      const form = element("form", { class: "composer" });
      const label = element("label", { for: "question", class: "visually-hidden" }, TEXT.inputLabel);
      // No maxlength: a browser would cut a pasted question silently. The counter below says
      // what is left, and a question over the limit is kept in the box, never sent cut.
      this._input = element("input", {
        id: "question", type: "text", autocomplete: "off",
        placeholder: TEXT.placeholder, enterkeyhint: "send", "aria-describedby": "count",
      });
      this._sendButton = element("button", { type: "submit", class: "send", "aria-label": TEXT.sendLabel }, TEXT.send);
      this._count = element("p", { id: "count", class: "count" });
      this._count.hidden = true;
      this._alert = element("p", { class: "visually-hidden", role: "status" });
      const row = element("div", { class: "row" });
      row.append(this._input, this._sendButton);
      form.append(label, row, this._count, this._alert);
      this._input.addEventListener("input", () => this._updateCount());
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const text = this._input.value;
        if (!text.trim() || this._busy) return;
        if (this._tooLong(text)) {
          this._alert.textContent = this._count.textContent;
          this._input.focus();
          return;
        }
        this._input.value = "";
        this._updateCount();
        this.ask(text);
      });
      return form;
    }

    _tooLong(text) {
      return this.maxLength !== null && text.trim().length > this.maxLength;
    }

    _updateCount() {
      const max = this.maxLength;
      if (max === null) return;
      const length = this._input.value.trim().length;
      const over = length > max;
      this._count.hidden = false;
      this._count.textContent = over ? TEXT.over(length - max, max) : TEXT.left(max - length, max);
      this._count.classList.toggle("over", over);
      if (over) this._input.setAttribute("aria-invalid", "true");
      else this._input.removeAttribute("aria-invalid");
      // Announce crossing the limit once, not every keystroke.
      if (over !== this._wasOver) this._alert.textContent = over ? this._count.textContent : "";
      this._wasOver = over;
    }

    async _loadConfig() {
      const url = this._sibling("config");
      if (!url) return;
      try {
        const response = await fetch(url, { credentials: "omit" });
        const data = response.ok ? await response.json() : null;
        if (data && typeof data === "object") this._config = data;
      } catch (error) {
        return; // Without it the widget still works; the server keeps its own limit.
      }
      if (!this.getAttribute("heading") && typeof this._config.heading === "string") {
        this._title.textContent = this._config.heading;
      }
      this._updateCount();
      if (this._config.feedback) this._showPendingFeedback();
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
        this._topics = questions(data && data.topics);
      } catch (error) {
        return []; // Chips are a convenience; the chat works without them.
      }
      return this._topics;
    }

    _sectionStarters(topics) {
      const seen = new Map();
      for (const topic of topics) {
        const section = topic.section || topic.question;
        const label = typeof topic.label === "string" && topic.label ? topic.label : section;
        if (!seen.has(section)) seen.set(section, { label, question: topic.question });
      }
      return [...seen.values()];
    }

    async _send(question) {
      this._setBusy(true);
      const pending = this._addBot(TEXT.pending, "pending");
      try {
        const reply = await this._post(question);
        pending.remove();
        this._record({ who: "bot", reply });
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

    // One item of the conversation: shown, and kept for a reload.
    _record(item) {
      this._items.push(item);
      this._save();
      this._render(item);
    }

    _render(item) {
      if (item.who === "user") this._addUser(item.text);
      else this._showReply(item);
    }

    _showReply(item) {
      const reply = item.reply;
      const urgent = reply.kind === "urgent" || reply.kind === "crisis";
      const message = this._addBot(reply.text, reply.kind === "crisis" ? "urgent crisis" : reply.kind);
      if (urgent) return; // Nothing may distract from the emergency message.
      if (reply.kind === "answer") this._addSource(message, reply);
      const suggestions = questions(reply.suggestions);
      const followUps = questions(reply.follow_ups);
      const asChoice = (s) => ({ label: s.question, question: s.question });
      if (suggestions.length) {
        this._addChoices(message, reply.kind === "answer" ? TEXT.orDidYouMean : TEXT.didYouMean, suggestions.map(asChoice));
      }
      this._addChoices(message, TEXT.related, followUps.map(asChoice));
      if (reply.kind === "answer" && reply.id) this._addFeedback(message, item);
      if (reply.kind === "fallback" && !suggestions.length) {
        this._loadTopics().then((topics) => this._addChoices(message, TEXT.topics, this._sectionStarters(topics)));
      }
    }

    _addSource(message, reply) {
      const parts = provenance(reply);
      if (!parts.length) return;
      const line = element("p", { class: "source" }, `${TEXT.source} `);
      parts.forEach((part, index) => {
        if (index) line.append(", ");
        if (part.url) {
          line.append(element("a", { href: part.url, target: "_blank", rel: "noopener noreferrer" }, part.text));
        } else {
          line.append(part.text);
        }
      });
      message.append(line);
    }

    _addFeedback(message, item) {
      const group = element("div", { class: "choices feedback", role: "group", "aria-label": TEXT.helped });
      group.hidden = !this._config.feedback;
      group.append(element("p", { class: "choices-label" }, TEXT.helped));
      for (const [vote, label] of [["yes", TEXT.yes], ["no", TEXT.no]]) {
        const button = element("button", { type: "button", class: "chip vote", "aria-pressed": "false" }, label);
        button.addEventListener("click", () => this._vote(item, vote, group));
        group.append(button);
      }
      message.append(group);
      if (item.vote) this._thank(group, item.vote);
    }

    _showPendingFeedback() {
      for (const group of this._log.querySelectorAll(".feedback")) group.hidden = false;
    }

    async _vote(item, vote, group) {
      if (item.vote) return;
      item.vote = vote;
      this._save();
      this._thank(group, vote);
      const url = this._sibling("feedback");
      if (!url) return;
      try {
        await fetch(url, {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ id: item.reply.id, vote }), credentials: "omit",
        });
      } catch (error) {
        // A lost vote costs the patient nothing; they are not asked again.
      }
    }

    _thank(group, vote) {
      for (const button of group.querySelectorAll(".vote")) {
        const chosen = button.textContent === (vote === "yes" ? TEXT.yes : TEXT.no);
        button.setAttribute("aria-pressed", chosen ? "true" : "false");
        button.disabled = true;
      }
      if (!group.querySelector(".thanks")) group.append(element("p", { class: "thanks", role: "status" }, TEXT.thanks));
    }

    _showFailure(question, problem) {
      let text = TEXT.offline;
      let canRetry = true;
      if (problem && problem.kind === "status") {
        const serverSays = problem.data && typeof problem.data.error === "string" ? problem.data.error : null;
        canRetry = problem.status >= 500 || problem.status === 408 || problem.status === 429 || !serverSays;
        text = canRetry ? TEXT.failed(problem.status) : TEXT.refused(serverSays);
        if (problem.status === 413) {
          text = TEXT.tooLong;
          canRetry = false;
          // The question goes back where it was typed, whole, to be shortened.
          if (!this._input.value.trim()) this._input.value = question;
          this._updateCount();
        }
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
      const bubble = element("div", { class: "bubble" });
      bubble.append(element("span", { class: "who visually-hidden" }, `${TEXT.you} `), element("span", { class: "text" }, text));
      message.append(bubble);
      this._append(message);
    }

    _addBot(text, kind) {
      const message = element("div", { class: `msg bot ${kind}` });
      const bubble = element("div", { class: "bubble" });
      bubble.append(element("span", { class: "who visually-hidden" }, TEXT.bot));
      if (/^urgent\b/.test(kind)) bubble.append(element("strong", { class: "urgent-label" }, TEXT.urgent));
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
      const feedback = message.querySelector(".feedback");
      message.insertBefore(group, feedback);
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

    // sessionStorage: this tab only, gone when it closes; nothing is kept if it is unavailable.
    get _storeKey() {
      return `faq-bot:${this.endpoint}`;
    }

    _save() {
      try {
        const state = { v: STORE_VERSION, open: !this._panel.hidden, items: this._items };
        window.sessionStorage.setItem(this._storeKey, JSON.stringify(state));
      } catch (error) {
        // Private browsing or a full storage: the conversation just does not survive a reload.
      }
    }

    _restore() {
      let state = null;
      try {
        state = JSON.parse(window.sessionStorage.getItem(this._storeKey) || "null");
      } catch (error) {
        state = null;
      }
      if (!state || state.v !== STORE_VERSION || !Array.isArray(state.items)) return;
      this._items = state.items.filter((item) => item && (item.who === "user"
        ? typeof item.text === "string"
        : item.reply && typeof item.reply.text === "string"));
      if (!state.open && !this._items.length) return;
      this._log.setAttribute("aria-busy", "true");
      this._welcome();
      for (const item of this._items) this._render(item);
      this._log.setAttribute("aria-busy", "false");
      if (state.open) {
        this._panel.hidden = false;
        this._launcher.hidden = true;
        this._launcher.setAttribute("aria-expanded", "true");
      }
    }

    _transcript() {
      const when = new Date().toLocaleString();
      const lines = [TEXT.transcript(this._title.textContent, when), TEXT.notice, ""];
      for (const item of this._items) {
        if (item.who === "user") {
          lines.push(`${TEXT.you} ${item.text}`, "");
          continue;
        }
        lines.push(`${TEXT.bot} ${item.reply.text}`);
        const parts = provenance(item.reply);
        if (item.reply.kind === "answer" && parts.length) {
          lines.push(`${TEXT.source} ${parts.map((p) => (p.url ? `${p.text} (${p.url})` : p.text)).join(", ")}`);
        }
        lines.push("");
      }
      return lines.join("\n");
    }

    _download() {
      const blob = new Blob([this._transcript()], { type: "text/plain;charset=utf-8" });
      const link = element("a", { href: URL.createObjectURL(blob), download: "conversation.txt" });
      this._root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }

    _print() {
      const canAdopt = "adoptedStyleSheets" in document && "replaceSync" in CSSStyleSheet.prototype;
      const pageSheet = canAdopt ? sheet(PRINT_PAGE_CSS) : null;
      if (pageSheet) document.adoptedStyleSheets = [...document.adoptedStyleSheets, pageSheet];
      const restore = () => {
        if (pageSheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== pageSheet);
        window.removeEventListener("afterprint", restore);
      };
      window.addEventListener("afterprint", restore);
      window.print();
    }
  }

  window.customElements.define("faq-bot", FaqBot);
})();
