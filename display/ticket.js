// The ticket's live page (/t/<token>), opened from the QR code on a printed ticket: the
// number, the service, how many are ahead and the expected wait, and «Пройдите к окну 5»
// when the ticket is called. Live over Server-Sent Events from /api/v1/t/<token>/events,
// which sends the whole view at once and again whenever it changes. Texts in the
// language chosen at the kiosk; the button switches to the other. Uses el() and Chime
// from hall.js. A window's number never wraps away from its word (a no-break space).
"use strict";

const TEXTS = {
  ru: {
    title: "Ваш талон", other: "English", ahead: "Перед вами", wait: "Ожидание", min: "мин",
    underMinute: "< 1", issued: "Выдан в ",
    waiting: "Ожидайте вызова", waitingDetail: "Когда вас вызовут, здесь появится номер окна.",
    next: "Вы следующий — вас вызовут вот-вот",
    postponed: "Талон отложен", postponedDetail: "Вас вызовут снова — не закрывайте эту страницу.",
    called: (w) => (w ? "Пройдите к окну\u00a0" + w : "Вас вызывают"), calledDetail: "Вас вызывают",
    serving: (w) => (w ? "Вас обслуживают в окне\u00a0" + w : "Вас обслуживают"), servingDetail: "",
    finished: "Обслуживание завершено", finishedDetail: "Спасибо, что пришли!",
    no_show: "Вы не подошли по вызову",
    no_showDetail: "Талон закрыт. Если вы в зале, обратитесь к администратору.",
    cancelled: "Талон отменён", cancelledDetail: "Если это ошибка, обратитесь к администратору.",
    live: "Обновляется автоматически", lost: "Нет связи — переподключение…", closed: "Талон закрыт",
  },
  en: {
    title: "Your ticket", other: "Русский", ahead: "Ahead of you", wait: "Expected wait", min: "min",
    underMinute: "< 1", issued: "Issued at ",
    waiting: "Please wait to be called", waitingDetail: "When you are called, the window number appears here.",
    next: "You are next — you will be called any moment",
    postponed: "Your ticket is on hold", postponedDetail: "You will be called again — keep this page open.",
    called: (w) => (w ? "Please go to window\u00a0" + w : "You are being called"), calledDetail: "You are being called",
    serving: (w) => (w ? "You are being served at window\u00a0" + w : "You are being served"), servingDetail: "",
    finished: "Your visit is complete", finishedDetail: "Thank you for coming!",
    no_show: "You did not come when called",
    no_showDetail: "The ticket is closed. If you are in the hall, please ask the administrator.",
    cancelled: "The ticket was cancelled", cancelledDetail: "If this is a mistake, please ask the administrator.",
    live: "Updates automatically", lost: "No connection — reconnecting…", closed: "Ticket closed",
  },
};
const FINAL = new Set(["finished", "no_show", "cancelled"]);
const LANG_KEY = "talon.ticket.language";

// The link to the hall for one ticket: reconnects by itself (the browser does while the
// server answers; we do once it gives up), asks once whether the ticket still exists
// when the stream is refused, and reconnects when nothing (not even the server's
// periodic "ping") came for 30 s — a phone that slept or changed networks.
class TicketLink {
  constructor(token, { onView, onLive }) {
    this.path = "/api/v1/t/" + encodeURIComponent(token);
    this.onView = onView;
    this.onLive = onLive;
    this.retry = 1000;
    this.done = false;
    this.lastSeen = Date.now();
  }

  start() {
    this.connect();
    setInterval(() => this.watch(), 5000);
    document.addEventListener("visibilitychange", () => { if (!document.hidden) this.watch(); });
  }

  connect() {
    if (this.source) this.source.close();
    const source = new EventSource(this.path + "/events");
    this.source = source;
    this.lastSeen = Date.now();
    source.onopen = () => { this.seen(); this.retry = 1000; this.onLive(true); };
    source.addEventListener("ping", () => this.seen());
    source.addEventListener("ticket", (e) => {
      this.seen();
      let view;
      try { view = JSON.parse(e.data); } catch (_) { return; }
      // The last view of a finished ticket: the server ends the stream, so stop the
      // browser from reconnecting to it.
      if (FINAL.has(view.status)) this.stop();
      this.onView(view);
    });
    source.addEventListener("gone", () => this.gone());
    source.onerror = () => {
      if (this.done) return;
      this.onLive(false);
      if (source.readyState === EventSource.CLOSED) this.recover();
    };
  }

  seen() { this.lastSeen = Date.now(); }

  async recover() {
    try {
      const r = await fetch(this.path, { cache: "no-store" });
      if (r.status === 404) { this.gone(); return; }
    } catch (_) { /* the hall is unreachable: try again below */ }
    setTimeout(() => { if (!this.done) this.connect(); }, this.retry);
    this.retry = Math.min(this.retry * 2, 30000);
  }

  watch() {
    if (this.done || Date.now() - this.lastSeen < 30000) return;
    this.onLive(false);
    this.connect();
  }

  // The ticket left the hall (its day is over): the server's own 404 page says so.
  gone() {
    this.stop();
    location.reload();
  }

  stop() {
    this.done = true;
    if (this.source) this.source.close();
  }
}

const page = {
  view: null,
  live: null,
  chosen: sessionStorage.getItem(LANG_KEY),
  chime: new Chime(),

  get lang() {
    const l = this.chosen || (this.view && this.view.language) || "ru";
    return TEXTS[l] ? l : "ru";
  },

  text(id, value) { document.getElementById(id).textContent = value; },

  render() {
    const v = this.view;
    const t = TEXTS[this.lang];
    document.documentElement.lang = this.lang;
    this.text("title", t.title);
    const other = this.lang === "ru" ? "en" : "ru";
    const button = document.getElementById("lang");
    button.textContent = t.other;
    button.lang = other;
    this.text("ahead-title", t.ahead);
    this.text("wait-title", t.wait);
    this.renderLive();
    if (!v) return;

    const status = v.status;
    const win = v.windowNumber;
    document.body.dataset.state = status;
    document.body.dataset.window = win ? String(win) : "";
    this.text("label", v.label);
    this.text("service", (v.serviceName && v.serviceName[this.lang]) || "");
    let headline = typeof t[status] === "function" ? t[status](win) : (t[status] || status);
    let detail = t[status + "Detail"] || "";
    if (status === "waiting" && v.ahead === 0) detail = t.next;
    this.text("headline", headline);
    this.text("detail", detail);
    this.text("ahead", v.ahead === undefined ? "—" : String(v.ahead));
    const wait = document.getElementById("wait");
    wait.replaceChildren();
    if (v.waitMinutes === undefined) {
      wait.append("—");
    } else {
      wait.append((v.waitMinutes < 1 ? t.underMinute : "≈ " + v.waitMinutes) + " ");
      wait.appendChild(el("small", "", t.min));
    }
    const at = new Date(v.issuedAt);
    this.text("issued", isNaN(at) ? "" :
      t.issued + this.time(at, v.timeZone));
    document.title = v.label + " — " + (status === "called" || status === "serving" ? headline : t.title);
  },

  // Hours and minutes in the hall's time zone (a phone may be set to another).
  time(at, zone) {
    const options = { hour: "2-digit", minute: "2-digit", timeZone: zone };
    const locale = this.lang === "ru" ? "ru-RU" : "en-GB";
    try { return new Intl.DateTimeFormat(locale, options).format(at); } catch (_) {
      delete options.timeZone;
      return new Intl.DateTimeFormat(locale, options).format(at);
    }
  },

  renderLive() {
    const t = TEXTS[this.lang];
    const closed = this.view && FINAL.has(this.view.status);
    const lost = this.live === false && !closed;
    document.body.classList.toggle("lost", lost);
    document.body.dataset.live = closed ? "closed" : this.live ? "live" : "lost";
    this.text("status", closed ? t.closed : this.live === false ? t.lost : t.live);
    this.text("lost", t.lost);
  },

  show(view) {
    const wasCalled = this.view && this.view.status === "called";
    this.view = view;
    this.render();
    if (view.status === "called" && !wasCalled) {
      this.chime.play();
      if (navigator.vibrate) { try { navigator.vibrate([400, 200, 400, 200, 400]); } catch (_) {} }
    }
  },

  toggleLanguage() {
    this.chosen = this.lang === "ru" ? "en" : "ru";
    sessionStorage.setItem(LANG_KEY, this.chosen);
    this.render();
  },
};

document.getElementById("lang").addEventListener("click", () => page.toggleLanguage());
const token = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
const link = new TicketLink(token, {
  onView: (view) => page.show(view),
  onLive: (live) => { page.live = live; page.renderLive(); },
});
page.render();
link.start();
