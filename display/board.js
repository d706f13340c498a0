// The hall board: latest calls («П042 → окно 5»), waiting and expected wait per
// service, the hall's clock. Updates by SSE; a new call flashes and chimes.
"use strict";

const display = new WallDisplay();
let calls = [];           // newest first: {label, window, recall, at}
let refreshTimer = null;

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
  display.showHall(q);
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
  fetch("/api/v1/displays/" + encodeURIComponent(display.id) + "/shown", {
    method: "POST",
    headers: { Authorization: "Bearer " + display.token, "Content-Type": "application/json" },
    body: JSON.stringify({ sequence: link.last, lastCall: document.body.dataset.lastCall || null, live: !!link.live }),
  }).catch(() => {});
}

const link = new HallLink({
  token: display.token, key: display.id,
  onQueue: renderQueue,
  onState: (live) => {
    display.showLive(live);
    report();
  },
  onEvent: (name, data) => {
    if ((name === "ticket.called" || name === "ticket.recalled") && data.ticket && data.window) {
      calls = [{ label: data.ticket.label, window: data.window.number, at: data.at }]
        .concat(calls.filter((c) => c.label !== data.ticket.label)).slice(0, 12);
      renderCalls(true);
      display.chime.play();
      report();
    }
    scheduleRefresh();
  },
});

display.config()
  .then((d) => { if (d.orientation === "portrait") document.body.classList.add("portrait"); })
  .catch(() => {});
link.start();
