// Talon kiosk screen (/kiosk/<id>?token=…). The server lays every screen out; this page
// draws exactly the frame it is sent and reports where it was touched.
//
// - GET /api/v1/kiosks/<id>/screen (Server-Sent Events): `frame` — draw it; `pressed` —
//   a touch (here or on the evdev touchscreen) landed on a button: show it pressed.
// - POST /api/v1/kiosks/<id>/tap {"x","y","version"}: a touch in the frame's pixels. The
//   server's hit test decides what was pressed; the page only shows its guess at once.
//
// Frames are in screen pixels; the stage is scaled uniformly to the window and
// centred (letterboxed), so the same frame draws right on any window size.
"use strict";

(() => {
  const params = new URLSearchParams(location.search);
  const kioskId = decodeURIComponent(location.pathname.split("/").filter(Boolean).pop() || "");
  const token = params.get("token") || "";
  const base = "/api/v1/kiosks/" + encodeURIComponent(kioskId);
  const stage = document.getElementById("stage");
  const lost = document.getElementById("lost");
  const body = document.body;
  if (params.get("cursor") === "none") body.classList.add("no-cursor");

  /** The frame drawn now, and how it maps to the window. */
  let frame = null;
  let view = { scale: 1, x: 0, y: 0 };
  /** For tests and diagnostics: when each `pressed` arrived and when it was shown. */
  const timings = [];
  /** For tests and diagnostics: each touch here, from the pointer event to its class. */
  const touches = [];
  window.kioskPage = { timings, touches, hit, get frame() { return frame; } };

  // ---- Drawing -------------------------------------------------------------------

  function place(el, e) {
    el.style.left = e.x + "px";
    el.style.top = e.y + "px";
    el.style.width = e.w + "px";
    el.style.height = e.h + "px";
  }

  /** Shrinks `el`'s font until its content fits its box (never below `min` px). */
  function fitText(el, size, min) {
    let s = size;
    el.style.fontSize = s + "px";
    while (s > min && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)) {
      s = Math.max(min, s * 0.92);
      el.style.fontSize = s + "px";
    }
  }

  function button(e, body) {
    const el = document.createElement("div");
    el.className = "btn style-" + (e.style || "primary");
    el.dataset.id = e.id;
    el.setAttribute("role", "button");
    place(el, e);
    const title = document.createElement("span");
    title.className = "title";
    title.textContent = e.title;
    el.append(title);
    if (e.detail) {
      const detail = document.createElement("span");
      detail.className = "detail";
      detail.textContent = e.detail;
      detail.style.fontSize = "0.78em";
      el.append(detail);
    }
    // Button text: the frame's body size, a little larger; keys larger still, as the
    // row height allows.
    const size = e.style === "key" ? Math.min(body * 1.8, e.h * 0.5) : Math.min(body * 1.15, e.h * 0.4);
    return { el, size, min: Math.max(12, size * 0.5) };
  }

  function label(e) {
    const el = document.createElement("div");
    el.className = "label tone-" + (e.tone || "normal") + " weight-" + (e.weight || "regular") + (e.centered ? " centered" : "");
    place(el, e);
    el.textContent = e.text;
    return { el, size: e.size, min: Math.max(12, e.size * 0.6) };
  }

  function number(e) {
    const el = document.createElement("div");
    el.className = "number";
    place(el, e);
    el.textContent = e.text;
    return { el, size: e.h * 0.8, min: 12 };
  }

  function qr(e) {
    const el = document.createElement("div");
    el.className = "qr";
    place(el, e);
    // Parsed as SVG (never as HTML), and only the <svg> element is taken.
    const doc = new DOMParser().parseFromString(e.svg || "", "image/svg+xml");
    const svg = doc.documentElement;
    if (svg && svg.nodeName === "svg") {
      svg.removeAttribute("width");
      svg.removeAttribute("height");
      svg.setAttribute("role", "img");
      svg.setAttribute("aria-label", "QR");
      el.append(document.importNode(svg, true));
    }
    return { el, size: 0, min: 0 };
  }

  function draw(next) {
    const bodySize = Math.max(16, Math.min(next.width, next.height) * 0.036);
    const made = [];
    for (const e of next.elements || []) {
      if (e.kind === "button") made.push(button(e, bodySize));
      else if (e.kind === "label") made.push(label(e));
      else if (e.kind === "number") made.push(number(e));
      else if (e.kind === "qr") made.push(qr(e));
    }
    stage.style.width = next.width + "px";
    stage.style.height = next.height + "px";
    stage.replaceChildren(...made.map((m) => m.el));
    for (const m of made) if (m.size) fitText(m.el, m.size, m.min);
    frame = next;
    fit();
    document.documentElement.lang = next.language || "ru";
    body.dataset.screen = next.screen;
    body.dataset.version = String(next.version);
    delete body.dataset.pressed;
  }

  /** Scales and centres the stage in the window. */
  function fit() {
    if (!frame) return;
    const w = window.innerWidth, h = window.innerHeight;
    const scale = Math.min(w / frame.width, h / frame.height);
    view = { scale, x: (w - frame.width * scale) / 2, y: (h - frame.height * scale) / 2 };
    stage.style.transform = `translate(${view.x}px, ${view.y}px) scale(${scale})`;
  }
  window.addEventListener("resize", fit);

  /** The button under a frame point, by the server's own rule (last drawn wins; left
   *  and top edges in, right and bottom out). Only a guess for immediate feedback. */
  function hit(x, y) {
    if (!frame) return null;
    let found = null;
    for (const e of frame.elements || []) {
      if (e.kind === "button" && x >= e.x && x < e.x + e.w && y >= e.y && y < e.y + e.h) found = e;
    }
    return found;
  }

  // ---- Pressing ------------------------------------------------------------------

  let unpress = null;

  /** Shows button `id` pressed until the next frame (or briefly, if the press changes
   *  nothing and no frame follows). */
  function press(id) {
    for (const el of stage.querySelectorAll(".btn.pressed")) if (el.dataset.id !== id) el.classList.remove("pressed");
    const el = [...stage.querySelectorAll(".btn")].find((b) => b.dataset.id === id);
    if (!el) return false;
    el.classList.add("pressed");
    body.dataset.pressed = id;
    clearTimeout(unpress);
    const version = frame && frame.version;
    unpress = setTimeout(() => {
      if (frame && frame.version === version) release();
    }, 600);
    return true;
  }

  function release() {
    for (const el of stage.querySelectorAll(".btn.pressed")) el.classList.remove("pressed");
    delete body.dataset.pressed;
  }

  document.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    if (!frame || body.dataset.state !== "live") return;
    const x = (event.clientX - view.x) / view.scale;
    const y = (event.clientY - view.y) / view.scale;
    const guess = hit(x, y);
    if (guess) press(guess.id);
    touches.push({ x, y, button: guess ? guess.id : null, down: performance.timeOrigin + event.timeStamp,
                   marked: performance.timeOrigin + performance.now() });
    if (touches.length > 200) touches.shift();
    tap(x, y, frame.version, guess && guess.id);
  }, { passive: false });

  async function tap(x, y, version, guess) {
    try {
      const r = await fetch(base + "/tap", {
        method: "POST",
        headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" },
        body: JSON.stringify({ x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, version }),
        cache: "no-store",
      });
      const answer = r.ok ? await r.json() : { button: null };
      body.dataset.lastTap = (answer.button || "none") + ":" + r.status;
      // The server decided otherwise (the screen had changed): show what it decided.
      if (frame && frame.version === version && answer.button !== guess) {
        if (answer.button) press(answer.button); else release();
      }
    } catch (_) {
      body.dataset.lastTap = "failed";
      if (frame && frame.version === version) release();
    }
  }

  // No text selection, context menu, dragging, zooming or scrolling on a public screen.
  for (const name of ["contextmenu", "selectstart", "dragstart", "gesturestart", "dblclick"]) {
    document.addEventListener(name, (e) => e.preventDefault());
  }
  document.addEventListener("wheel", (e) => e.preventDefault(), { passive: false });
  document.addEventListener("touchmove", (e) => e.preventDefault(), { passive: false });

  // ---- The link to the hall -------------------------------------------------------

  let source = null;
  let lastHeard = 0;
  let retry = 1000;
  let lostTimer = null;

  function setLive(live) {
    body.dataset.state = live ? "live" : (frame ? "lost" : "connecting");
    if (live) {
      clearTimeout(lostTimer);
      lostTimer = null;
      lost.hidden = true;
    } else if (!lostTimer) {
      // A blip (the server restarting) does not blank the screen; a longer loss does,
      // so nobody touches a screen that may be stale.
      lostTimer = setTimeout(() => { if (body.dataset.state !== "live") lost.hidden = false; }, 3000);
    }
  }

  function heard() {
    lastHeard = performance.now();
  }

  function connect() {
    if (source) source.close();
    const s = new EventSource(base + "/screen?token=" + encodeURIComponent(token));
    source = s;
    s.addEventListener("frame", (e) => {
      heard();
      let next;
      try { next = JSON.parse(e.data); } catch (_) { return; }
      draw(next);
      retry = 1000;
      setLive(true);
    });
    s.addEventListener("pressed", (e) => {
      const arrived = performance.timeOrigin + performance.now();
      heard();
      let p;
      try { p = JSON.parse(e.data); } catch (_) { return; }
      if (!frame || frame.version !== p.version) return;
      const shown = press(p.button);
      const marked = performance.timeOrigin + performance.now();
      const t = { button: p.button, version: p.version, arrived, marked, painted: null, shown };
      timings.push(t);
      if (timings.length > 200) timings.shift();
      requestAnimationFrame(() => { t.painted = performance.timeOrigin + performance.now(); });
    });
    s.addEventListener("ping", heard);
    s.onerror = () => {
      setLive(false);
      // The browser retries by itself while the server answers; once it gives up, start
      // again, waiting a little longer each time.
      if (s.readyState === EventSource.CLOSED) {
        setTimeout(connect, retry);
        retry = Math.min(retry * 2, 10000);
      }
    };
  }

  // A connection that went quiet (no frame, press or ping for 20 s) is dead even if the
  // browser has not noticed: start a new one, which begins with the current frame.
  setInterval(() => {
    if (lastHeard && performance.now() - lastHeard > 20000) {
      lastHeard = performance.now();
      setLive(false);
      connect();
    }
  }, 5000);

  setLive(false);
  connect();
})();
