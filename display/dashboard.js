// The manager dashboard: the equipment, the queue per service and the windows, live.
// Data from GET /api/v1/devices and GET /api/v1/queue; the server decides who may read
// them (the page only tells a consultant it is not theirs). Only ticket numbers are shown,
// never a visitor's name or phone.
"use strict";

const $ = (id) => document.getElementById(id);
let queue = null;

// Managers and admins; the console is a consultant's page.
const managerRoles = ["manager", "admin"];
const statusNames = { called: "вызван / called", serving: "на приёме / serving" };
// Queue events come in bursts (a call is several); one refresh per second is enough.
const queueThrottle = 1000;

function signedIn(session) {
  $("who").textContent = session.name + " (" + session.role + ")";
  $("login").hidden = true;
  if (!managerRoles.includes(session.role)) {
    $("denied").hidden = false;
    document.body.dataset.state = "not-manager";
    return;
  }
  $("board").hidden = false;
  document.body.dataset.state = "signed-in";
  link.start();
  equipment.refresh();
}

function cell(cls, text) { return el("td", cls, text); }

// Russian first, the English as a quieter span.
function bilingual(tag, cls, ruEn) {
  const [ru, en] = ruEn.split(" / ");
  const e = el(tag, cls, ru);
  if (en) e.append(el("span", "en", " / " + en));
  return e;
}

function renderServices(q) {
  const body = $("services");
  body.replaceChildren();
  let waiting = 0;
  for (const s of q.services) {
    waiting += s.waiting;
    const tr = el("tr", s.waiting > 0 && s.openWindows === 0 ? "unserved" : "");
    const name = el("td", "", s.prefix + " · " + s.name.ru);
    name.append(el("span", "en", " / " + s.name.en));
    tr.append(name, cell("num", String(s.waiting)), cell("num", String(s.postponed)),
      cell("num wait", s.waiting > 0 ? minutes(s.expectedWaitSeconds) + " мин" : "—"),
      cell("num open", String(s.openWindows)));
    body.appendChild(tr);
  }
  document.body.dataset.waiting = String(waiting);
}

function renderWindows(q) {
  const body = $("windows");
  body.replaceChildren();
  for (const w of q.windows) {
    const mode = el("td");
    mode.append(bilingual("span", "mode " + w.mode, windowModeNames[w.mode] || w.mode));
    const ticket = el("td", "ticket");
    if (w.current) {
      ticket.append(el("span", "label", w.current.label), document.createTextNode(" "),
        bilingual("span", "status", statusNames[w.current.status] || w.current.status));
    } else {
      ticket.textContent = "—";
    }
    const tr = el("tr");
    tr.dataset.window = w.id;
    tr.append(cell("", "Окно " + w.number), mode, cell("", w.consultant || "—"), ticket);
    body.appendChild(tr);
  }
}

function render(q) {
  queue = q;
  $("center").textContent = q.center.ru;
  try {
    $("asof").textContent = new Intl.DateTimeFormat("ru-RU", { hour: "2-digit", minute: "2-digit", timeZone: q.timeZone })
      .format(new Date(q.now));
  } catch (_) {}
  renderServices(q);
  renderWindows(q);
}

const equipment = new EquipmentPanel($("equipment"), { hideWhenOk: false, timeZone: () => queue ? queue.timeZone : undefined });

let queueTimer = null;
function refreshQueue() {
  if (queueTimer) return;
  queueTimer = setTimeout(() => { queueTimer = null; link.refresh(); }, queueThrottle);
}

const link = new HallLink({
  token: null, key: "dashboard",
  onQueue: render,
  onState: (live) => {
    $("link-state").textContent = live ? "● на связи / live" : "● нет связи / lost";
    if (live) equipment.refresh();
  },
  onEvent: (name) => {
    if (EquipmentPanel.concerns(name)) equipment.refresh();
    else if (name.startsWith("ticket.") || name.startsWith("window.")) refreshQueue();
  },
});

document.querySelectorAll("button.logout").forEach((b) => b.addEventListener("click", staffSignOut));
staffSession(signedIn, (text) => {
  $("message").textContent = text;
  $("message").className = "message bad";
});

// Tells tests (and anyone watching) that the handlers above are attached.
document.body.dataset.ready = "1";
