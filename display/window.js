// The display above one window: the ticket it serves, or that it is free or closed.
"use strict";

const display = new WallDisplay();
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
  if (isNew) { void s.offsetWidth; s.classList.add("new"); display.chime.play(); }
  document.body.dataset.lastCall = label || "";
}

function renderQueue(q) {
  display.showHall(q);
  const w = q.windows.find((x) => x.id === windowId);
  if (!w) return;
  const n = document.getElementById("wnum");
  n.replaceChildren("Окно " + w.number);
  n.appendChild(el("span", "en", "Window " + w.number));
  if (w.current) { show(w.current.label, w.current.status, false); note(w.current.status); }
  else { show("", null, false); note(w.mode); }
}

const link = new HallLink({
  token: display.token, key: display.id,
  onQueue: renderQueue,
  onState: (live) => display.showLive(live),
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

display.config()
  .then((d) => {
    windowId = d.window;
    link.start();
  })
  .catch(() => { document.body.classList.add("lost"); });
