// The hall board: latest calls («П042 → окно 5»), waiting and expected wait per
// service, the hall's clock. Updates by SSE; a new call flashes and chimes.
"use strict";

const params = new URLSearchParams(location.search);
const token = params.get("token") || "";
const displayId = decodeURIComponent(location.pathname.split("/").pop());
const clock = new HallClock();
const chime = new Chime();
let calls = [];           // newest first: {label, window, recall, at}
let refreshTimer = null;

function renderClock() {
  document.getElementById("time").textContent = clock.format({ hour: "2-digit", minute: "2-digit" });
  document.getElementById("date").textContent = clock.format({ weekday: "long", day: "numeric", month: "long" });
}

function renderCalls(isNew) {
  const latest = document.getElementById("latest");
  const list = document.getElementById("calls");
  list.replaceChildren();
  if (!calls.length) return;
  const c = calls[0];
  latest.className = "latest";
  latest.replaceChildren(el("div", "label", c.label), el("div", "arrow", "→"));
  const to = el("div", "to", "окно " + c.window);
  to.appendChild(el("span", "en", "window " + c.window));
  latest.appendChild(to);
  if (isNew) { void latest.offsetWidth; latest.classList.add("new"); }
  for (const [i, p] of calls.slice(1, 9).entries()) {
    const row = el("div", "call" + (i < 1 ? " recent" : ""));
    row.append(el("span", "", p.label), el("span", "w", "→ " + p.window));
    list.appendChild(row);
  }
  document.body.dataset.lastCall = c.label + " → " + c.window;
}

function renderQueue(q) {
  clock.sync(q);
  renderClock();
  document.getElementById("center-ru").textContent = q.center.ru;
  document.getElementById("center-en").textContent = q.center.en;
  const body = document.getElementById("services");
  body.replaceChildren();
  for (const s of q.services) {
    const tr = el("tr");
    const name = el("td", "", s.prefix + " · " + s.name.ru);
    name.appendChild(el("span", "en", s.name.en));
    const waiting = el("td", "n", String(s.waiting));
    const wait = el("td", "n");
    wait.append(s.waiting ? "≈ " + minutes(s.expectedWaitSeconds) + " " : "—");
    if (s.waiting) wait.appendChild(el("small", "", "мин / min"));
    tr.append(name, waiting, wait);
    body.appendChild(tr);
  }
  const fresh = q.recentCalls.map((c) => ({ label: c.label, window: c.windowNumber, at: c.at }));
  calls = fresh;
  renderCalls(false);
  document.body.dataset.sequence = String(q.sequence);
}

function scheduleRefresh() {
  if (refreshTimer) return;
  refreshTimer = setTimeout(() => { refreshTimer = null; link.refresh(); }, 700);
}

function report() {
  // Tell the hall what this display shows (for the manager and the browser test).
  fetch("/api/v1/displays/" + encodeURIComponent(displayId) + "/shown", {
    method: "POST",
    headers: { Authorization: "Bearer " + token, "Content-Type": "application/json" },
    body: JSON.stringify({ sequence: link.last, lastCall: document.body.dataset.lastCall || null, live: !!link.live }),
  }).catch(() => {});
}

const link = new HallLink({
  token, key: displayId,
  onQueue: renderQueue,
  onState: (live) => {
    document.body.classList.toggle("lost", !live);
    document.body.dataset.state = live ? "live" : "lost";
    document.getElementById("status").textContent = live
      ? "На связи с залом / Connected" : "Нет связи с залом / Lost connection";
    report();
  },
  onEvent: (name, data) => {
    if ((name === "ticket.called" || name === "ticket.recalled") && data.ticket && data.window) {
      calls = [{ label: data.ticket.label, window: data.window.number, at: data.at }]
        .concat(calls.filter((c) => c.label !== data.ticket.label)).slice(0, 12);
      renderCalls(true);
      chime.play();
      report();
    }
    scheduleRefresh();
  },
});

fetch("/api/v1/displays/" + encodeURIComponent(displayId), { headers: { Authorization: "Bearer " + token } })
  .then((r) => r.ok ? r.json() : null)
  .then((d) => {
    if (d && d.orientation === "portrait") document.body.classList.add("portrait");
    document.getElementById("display-id").textContent = displayId;
  })
  .catch(() => {});
renderClock();
setInterval(renderClock, 1000);
link.start();
