// The consultant console: sign in, pick a window, call and serve. Every POST carries the
// session's CSRF token; the session cookie itself is HttpOnly and SameSite=Strict.
"use strict";

let csrf = null;
let me = null;
let queue = null;
const $ = (id) => document.getElementById(id);
const windowId = () => $("window").value;

async function api(method, path, body) {
  const headers = { "Content-Type": "application/json" };
  if (csrf) headers["X-CSRF-Token"] = csrf;
  const r = await fetch(path, { method, headers, credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  if (r.status !== 204) { try { data = await r.json(); } catch (_) {} }
  if (!r.ok) {
    const e = new Error((data && data.detail) || ("HTTP " + r.status));
    e.status = r.status;
    throw e;
  }
  return { status: r.status, data };
}

function say(text, ok) {
  const m = $("message");
  m.textContent = text;
  m.className = "message " + (ok ? "ok" : "bad");
}

function signedIn(session) {
  me = session;
  csrf = session.csrfToken;
  $("who").textContent = session.name + " (" + session.role + ")";
  $("login").hidden = true;
  $("desk").hidden = false;
  document.body.dataset.state = "signed-in";
  link.start();
  refreshEquipment();
}

$("login").addEventListener("submit", async (e) => {
  e.preventDefault();
  try {
    const r = await api("POST", "/api/v1/session", { login: $("login-name").value, password: $("login-password").value });
    signedIn(r.data);
  } catch (err) {
    say(err.status === 429 ? "Слишком много попыток, подождите / Too many attempts: " + err.message
                           : "Неверный логин или пароль / Wrong login or password", false);
  }
});

$("logout").addEventListener("click", async () => {
  await api("DELETE", "/api/v1/session").catch(() => {});
  location.reload();
});

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
  $("mode").textContent = { open: "открыто / open", paused: "пауза / paused", closed: "закрыто / closed" }[w.mode] +
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

// The equipment panel: devices that are not ok and today's tickets that did not print,
// from GET /api/v1/devices. Hidden while everything works.
const kindNames = { printer: "Принтер", input: "Устройство ввода", kiosk: "Киоск", display: "Табло" };
const conditionNames = {
  missing: "не найдено / missing", no_permission: "нет доступа / no permission",
  paper_low: "бумага заканчивается / paper low", paper_out: "нет бумаги / paper out",
  offline: "не на связи / offline", server_unreachable: "сервер печати не отвечает / print server down",
  job_stuck: "задание застряло / job stuck", not_accepting: "не принимает задания / not accepting jobs",
  error: "ошибка / error",
};
const unprintedShown = 10;

function hallTime(iso) {
  const options = { hour: "2-digit", minute: "2-digit", timeZone: queue ? queue.timeZone : undefined };
  try { return new Intl.DateTimeFormat("ru-RU", options).format(new Date(iso)); } catch (_) { return ""; }
}

function renderEquipment(data) {
  const faults = data.devices.filter((d) => d.condition !== "ok");
  const list = $("equipment-faults");
  list.replaceChildren();
  for (const d of faults) {
    const li = el("li", d.condition === "paper_low" ? "warn" : "fault");
    const [ru, en] = (conditionNames[d.condition] || d.condition).split(" / ");
    li.append(el("b", "", (kindNames[d.kind] || d.kind) + " " + d.device + ": " + ru),
      el("span", "en", " / " + (en || d.condition)));
    if (d.message) li.append(el("div", "detail", d.message));
    list.appendChild(li);
  }
  const tickets = $("equipment-unprinted");
  tickets.replaceChildren();
  for (const t of data.unprinted.slice(0, unprintedShown)) {
    const li = el("li", t.printStatus === "failed" ? "fault" : "warn");
    const where = t.kiosk ? " (" + t.kiosk + ", " + hallTime(t.issuedAt) + ")" : " (" + hallTime(t.issuedAt) + ")";
    if (t.printStatus === "failed") {
      li.append(el("b", "label", "Талон " + t.label + " не напечатан"),
        document.createTextNode(" — номер показан на экране киоска" + where),
        el("span", "en", " / not printed — the number is on the kiosk's screen"));
    } else {
      li.append(el("b", "label", "Талон " + t.label + " ещё не напечатан"),
        document.createTextNode(" — ждёт принтер" + where),
        el("span", "en", " / waiting for the printer"));
    }
    tickets.appendChild(li);
  }
  if (data.unprinted.length > unprintedShown) {
    tickets.appendChild(el("li", "more", "и ещё " + (data.unprinted.length - unprintedShown) +
      " / and " + (data.unprinted.length - unprintedShown) + " more"));
  }
  const wrong = faults.length + data.unprinted.length;
  $("equipment").hidden = wrong === 0;
  // For tests and anyone watching: "ok", or how many faults and unprinted tickets.
  document.body.dataset.equipment = wrong === 0 ? "ok" : faults.length + "/" + data.unprinted.length;
}

let equipmentTimer = null;
function refreshEquipment() {
  if (equipmentTimer) return;
  equipmentTimer = setTimeout(async () => {
    equipmentTimer = null;
    try {
      renderEquipment((await api("GET", "/api/v1/devices")).data);
    } catch (_) {}   // a lost link or an ended session shows in the link state and at the next action
  }, 150);
}

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
    if (live) refreshEquipment();
  },
  onEvent: (name) => {
    if (name === "device.status" || name === "ticket.printed") refreshEquipment();
    else refresh();
  },
});

api("GET", "/api/v1/session").then((r) => signedIn(r.data)).catch(() => {});

// Tells tests (and anyone watching) that the handlers above are attached.
document.body.dataset.ready = "1";
