// The consultant console: sign in, pick a window, call and serve. The session, api() and
// the sign-in form are staff.js's; the equipment panel is equipment.js's.
"use strict";

let me = null;
let queue = null;
const $ = (id) => document.getElementById(id);
const windowId = () => $("window").value;

function say(text, ok) {
  const m = $("message");
  m.textContent = text;
  m.className = "message " + (ok ? "ok" : "bad");
}

function signedIn(session) {
  me = session;
  $("who").textContent = session.name + " (" + session.role + ")";
  $("login").hidden = true;
  $("desk").hidden = false;
  document.body.dataset.state = "signed-in";
  link.start();
  equipment.refresh();
}

$("logout").addEventListener("click", staffSignOut);

async function command(cmd, body) {
  const w = windowId();
  if (!w) return;
  try {
    const r = await api("POST", "/api/v1/windows/" + encodeURIComponent(w) + "/" + cmd, body);
    if (r.status === 204) say("Никто не ждёт / Nobody is waiting for this window", true);
    else if (r.data && r.data.label) say(r.data.label + " — " + (r.data.reason ? r.data.reason.text : r.data.status), true);
    else say("Готово / Done", true);
    document.body.dataset.lastResult = cmd + ":" + r.status + ":" + ((r.data && r.data.label) || "");
  } catch (err) {
    say(err.message, false);
    document.body.dataset.lastResult = cmd + ":" + err.status;
  }
  refresh();
}

document.querySelectorAll("button[data-cmd]").forEach((b) => {
  b.addEventListener("click", () => {
    if (b.dataset.cmd === "transfer") { $("transfer").hidden = !$("transfer").hidden; return; }
    command(b.dataset.cmd);
  });
});

$("transfer-go").addEventListener("click", () => {
  const body = {};
  if ($("transfer-service").value) body.service = $("transfer-service").value;
  if ($("transfer-window").value) body.window = $("transfer-window").value;
  $("transfer").hidden = true;
  command("transfer", body);
});

const keys = { n: "call-next", r: "recall", s: "start", f: "finish", x: "no-show", p: "pause", o: "open" };
addEventListener("keydown", (e) => {
  if ($("desk").hidden || e.target.tagName === "INPUT" || e.target.tagName === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) return;
  const k = e.key.toLowerCase();
  if (k === "t") { $("transfer").hidden = !$("transfer").hidden; return; }
  if (keys[k]) { e.preventDefault(); command(keys[k]); }
});

function fillWindows(q) {
  const sel = $("window");
  if (sel.options.length) return;
  const saved = localStorage.getItem("talon.console.window");
  for (const w of q.windows) {
    const o = el("option", "", "Окно " + w.number + " (" + w.id + ")");
    o.value = w.id;
    sel.appendChild(o);
    const t = el("option", "", "Окно " + w.number);
    t.value = w.id;
    $("transfer-window").appendChild(t);
  }
  for (const s of q.services) {
    const o = el("option", "", s.name.ru + " / " + s.name.en);
    o.value = s.id;
    $("transfer-service").appendChild(o);
  }
  if (saved && q.windows.some((w) => w.id === saved)) sel.value = saved;
  sel.addEventListener("change", () => { localStorage.setItem("talon.console.window", sel.value); refresh(); });
}

function renderWindow(q) {
  queue = q;
  fillWindows(q);
  const w = q.windows.find((x) => x.id === windowId());
  if (!w) return;
  $("mode").textContent = windowModeNames[w.mode] +
    (w.consultant ? " · " + w.consultant : "");
  $("mode").className = "mode " + w.mode;
  $("current").textContent = w.current ? w.current.label : "—";
  $("current-info").textContent = w.current
    ? (w.current.serviceName ? w.current.serviceName.ru : w.current.service) + " · " + w.current.status : "";
  document.body.dataset.current = w.current ? w.current.label : "";
}

async function refreshNext() {
  const w = windowId();
  if (!w) return;
  try {
    const r = await api("GET", "/api/v1/windows/" + encodeURIComponent(w) + "/next");
    const body = $("queue");
    body.replaceChildren();
    const now = queue ? Date.parse(queue.now) : Date.now();
    for (const t of r.data.slice(0, 30)) {
      const tr = el("tr");
      const waited = Math.max(0, Math.round((now - Date.parse(t.issuedAt)) / 60000));
      const call = el("button", "", "Вызвать / Call");
      call.addEventListener("click", () => {
        const reason = prompt("Причина вызова вне очереди / Reason for calling out of order", "");
        if (reason) command("call-specific", { ticket: t.id, reason });
      });
      const tdb = el("td");
      tdb.appendChild(call);
      tr.append(el("td", "label", t.label), el("td", "", t.serviceName ? t.serviceName.ru : t.service),
        el("td", "", waited + " мин"), el("td", "reason", t.reason ? t.reason.text : ""), tdb);
      body.appendChild(tr);
    }
  } catch (_) {}
}

// The equipment panel (equipment.js): hidden while everything works.
const equipment = new EquipmentPanel($("equipment"), { hideWhenOk: true, timeZone: () => queue ? queue.timeZone : undefined });

let timer = null;
function refresh() {
  if (timer) return;
  timer = setTimeout(() => { timer = null; link.refresh(); refreshNext(); }, 150);
}

const link = new HallLink({
  token: null, key: "console",
  onQueue: renderWindow,
  onState: (live) => {
    $("link-state").textContent = live ? "● на связи / live" : "● нет связи / lost";
    if (live) equipment.refresh();
  },
  onEvent: (name) => {
    if (EquipmentPanel.concerns(name)) equipment.refresh();
    else refresh();
  },
});

staffSession(signedIn, (text) => say(text, false));

// Tells tests (and anyone watching) that the handlers above are attached.
document.body.dataset.ready = "1";
