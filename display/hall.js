// Talon: the link from a page to the hall. Shared by the wall displays and the console.
//
// HallLink keeps an EventSource on /api/v1/events open: it resumes from the last event
// id it saw (after a reload too, via sessionStorage), reconnects by itself with a
// growing pause, and checks the hall every 15 s with GET /api/v1/queue, so a dead
// connection that sends nothing is noticed. onState(true|false) says whether the hall
// is reachable; onEvent(name, data) gets each event once, in order.
"use strict";

class HallLink {
  constructor({ token, key, onEvent, onState, onQueue }) {
    this.token = token;
    this.key = "talon.last-event." + key;
    this.onEvent = onEvent;
    this.onState = onState;
    this.onQueue = onQueue;
    this.last = Number(sessionStorage.getItem(this.key) || 0);
    this.retry = 1000;
    this.live = null;
  }

  headers() {
    return this.token ? { Authorization: "Bearer " + this.token } : {};
  }

  async get(path) {
    const r = await fetch(path, { headers: this.headers(), cache: "no-store", credentials: "same-origin" });
    if (!r.ok) throw new Error(path + ": " + r.status);
    return r.json();
  }

  start() {
    this.refresh();
    this.connect();
    setInterval(() => this.refresh(), 15000);
  }

  async refresh() {
    try {
      const q = await this.get("/api/v1/queue");
      if (!this.last) this.remember(q.sequence);
      this.onQueue && this.onQueue(q);
      if (this.source && this.source.readyState === EventSource.OPEN) this.setLive(true);
    } catch (e) {
      this.setLive(false);
    }
  }

  remember(seq) {
    this.last = seq;
    sessionStorage.setItem(this.key, String(seq));
  }

  connect() {
    const params = new URLSearchParams();
    if (this.token) params.set("token", this.token);
    if (this.last) params.set("last_event_id", String(this.last));
    const source = new EventSource("/api/v1/events?" + params.toString());
    this.source = source;
    source.onopen = () => { this.retry = 1000; this.setLive(true); };
    source.onerror = () => {
      this.setLive(false);
      // The browser retries by itself while the server answers; once it gives up
      // (CLOSED), start again from the last id we saw.
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(() => this.connect(), this.retry);
        this.retry = Math.min(this.retry * 2, 15000);
      }
    };
    // Every event a page reacts to; ticket.printed is for the console's equipment panel
    // (a ticket that did not print shows as soon as the printer says so).
    const names = ["ticket.issued", "ticket.called", "ticket.recalled", "ticket.started", "ticket.finished",
      "ticket.no_show", "ticket.transferred", "ticket.postponed", "ticket.returned", "ticket.cancelled",
      "window.mode", "window.signed_in", "window.signed_out", "rating.recorded", "appointment.booked",
      "appointment.refused", "device.status", "ticket.printed"];
    for (const name of names) {
      source.addEventListener(name, (e) => {
        const seq = Number(e.lastEventId);
        if (seq && seq <= this.last) return;      // never twice
        if (seq) this.remember(seq);
        let data = {};
        try { data = JSON.parse(e.data); } catch (_) {}
        this.onEvent && this.onEvent(name, data);
      });
    }
  }

  setLive(live) {
    if (this.live === live) return;
    this.live = live;
    this.onState && this.onState(live);
  }
}

// The hall's clock: the server's time and speed (the demo runs faster than real time),
// advanced locally between refreshes.
class HallClock {
  constructor() { this.base = Date.now(); this.at = performance.now(); this.speed = 1; this.zone = undefined; }
  sync(q) { this.base = Date.parse(q.now); this.at = performance.now(); this.speed = q.clockSpeed || 1; this.zone = q.timeZone; }
  now() { return new Date(this.base + (performance.now() - this.at) * this.speed); }
  format(options) {
    return new Intl.DateTimeFormat("ru-RU", Object.assign({ timeZone: this.zone }, options)).format(this.now());
  }
}

// A two-tone chime, made with WebAudio (no sound files).
class Chime {
  constructor() {
    this.ctx = null;
    const unlock = () => { this.context(); };
    addEventListener("pointerdown", unlock, { once: true });
    addEventListener("keydown", unlock, { once: true });
  }
  context() {
    if (!this.ctx) {
      try { this.ctx = new (window.AudioContext || window.webkitAudioContext)(); } catch (_) { return null; }
    }
    if (this.ctx.state === "suspended") this.ctx.resume();
    return this.ctx;
  }
  play() {
    const ctx = this.context();
    if (!ctx) return;
    const t0 = ctx.currentTime;
    [[880, 0], [660, 0.32]].forEach(([freq, delay]) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = "sine";
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + delay);
      gain.gain.exponentialRampToValueAtTime(0.35, t0 + delay + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + delay + 0.9);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t0 + delay);
      osc.stop(t0 + delay + 1);
    });
  }
}

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

// A window's mode for the staff pages.
const windowModeNames = { open: "открыто / open", paused: "пауза / paused", closed: "закрыто / closed" };

function minutes(seconds) {
  return Math.max(0, Math.ceil(seconds / 60));
}

// What both wall displays share: their id and token from the address, the hall's clock
// and name in the header, the connection state in the footer, a chime, and their own
// configuration from GET /api/v1/displays/<id>.
class WallDisplay {
  constructor() {
    this.token = new URLSearchParams(location.search).get("token") || "";
    this.id = decodeURIComponent(location.pathname.split("/").pop());
    this.clock = new HallClock();
    this.chime = new Chime();
    this.renderClock();
    setInterval(() => this.renderClock(), 1000);
  }

  renderClock() {
    document.getElementById("time").textContent = this.clock.format({ hour: "2-digit", minute: "2-digit" });
    document.getElementById("date").textContent = this.clock.format({ weekday: "long", day: "numeric", month: "long" });
  }

  // The hall's clock and name from a /api/v1/queue answer.
  showHall(q) {
    this.clock.sync(q);
    this.renderClock();
    document.getElementById("center-ru").textContent = q.center.ru;
    document.getElementById("center-en").textContent = q.center.en;
  }

  showLive(live) {
    document.body.classList.toggle("lost", !live);
    document.body.dataset.state = live ? "live" : "lost";
    document.getElementById("status").textContent = live
      ? "На связи с залом / Connected" : "Нет связи с залом / Lost connection";
  }

  // This display's configuration (kind, window, orientation); rejects when it cannot be read.
  async config() {
    const r = await fetch("/api/v1/displays/" + encodeURIComponent(this.id),
      { headers: { Authorization: "Bearer " + this.token } });
    if (!r.ok) throw new Error("display " + this.id + ": " + r.status);
    const d = await r.json();
    document.getElementById("display-id").textContent = this.id;
    return d;
  }
}
