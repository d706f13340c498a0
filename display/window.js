// The display above one window: the ticket it serves, or that it is free or closed.
"use strict";

const params = new URLSearchParams(location.search);
const token = params.get("token") || "";
const displayId = decodeURIComponent(location.pathname.split("/").pop());
const clock = new HallClock();
const chime = new Chime();
let windowId = null;

const notes = {
  open: ["Свободно", "Free"], paused: ["Перерыв", "Break"], closed: ["Окно закрыто", "Window closed"],
  called: ["Пройдите к окну", "Please come to the window"], serving: ["Идёт приём", "Now serving"],
};

function note(key) {
  const [ru, en] = notes[key] || ["", ""];
  const n = document.getElementById("note");
  n.replaceChildren(ru);
  n.appendChild(el("span", "en", en));
}

function show(label, status, isNew) {
  const s = document.getElementById("serving");
  s.textContent = label || "—";
  s.classList.remove("new");
  if (isNew) { void s.offsetWidth; s.classList.add("new"); chime.play(); }
  document.body.dataset.lastCall = label || "";
}

function renderQueue(q) {
  clock.sync(q);
  renderClock();
  document.getElementById("center-ru").textContent = q.center.ru;
  document.getElementById("center-en").textContent = q.center.en;
  const w = q.windows.find((x) => x.id === windowId);
  if (!w) return;
  const n = document.getElementById("wnum");
  n.replaceChildren("Окно " + w.number);
  n.appendChild(el("span", "en", "Window " + w.number));
  if (w.current) { show(w.current.label, w.current.status, false); note(w.current.status); }
  else { show("", null, false); note(w.mode); }
}

function renderClock() {
  document.getElementById("time").textContent = clock.format({ hour: "2-digit", minute: "2-digit" });
  document.getElementById("date").textContent = clock.format({ weekday: "long", day: "numeric", month: "long" });
}

const link = new HallLink({
  token, key: displayId,
  onQueue: renderQueue,
  onState: (live) => {
    document.body.classList.toggle("lost", !live);
    document.body.dataset.state = live ? "live" : "lost";
    document.getElementById("status").textContent = live
      ? "На связи с залом / Connected" : "Нет связи с залом / Lost connection";
  },
  onEvent: (name, data) => {
    if (!data.window || data.window.id !== windowId) return;
    if ((name === "ticket.called" || name === "ticket.recalled") && data.ticket) {
      show(data.ticket.label, "called", true);
      note("called");
    } else {
      link.refresh();
    }
  },
});

fetch("/api/v1/displays/" + encodeURIComponent(displayId), { headers: { Authorization: "Bearer " + token } })
  .then((r) => r.json())
  .then((d) => {
    windowId = d.window;
    document.getElementById("display-id").textContent = displayId;
    link.start();
  })
  .catch(() => { document.body.classList.add("lost"); });
renderClock();
setInterval(renderClock, 1000);
