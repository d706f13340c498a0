// Talon: the equipment panel, shared by the console and the manager dashboard. It shows
// the devices that are not ok and today's tickets that did not print, from
// GET /api/v1/devices (staff only: the server decides who may read it), and sets
// document.body.dataset.equipment to "ok" or "<faults>/<unprinted>" for tests and
// anyone watching. Needs el() from hall.js.
//
// The panel's markup: a root element holding <ul class="faults"> and <ul class="unprinted">.
// With hideWhenOk (the console) the root is hidden while everything works; without it (the
// dashboard) the root stays and says so.
"use strict";

class EquipmentPanel {
  static kindNames = { printer: "Принтер", input: "Устройство ввода", kiosk: "Киоск", display: "Табло" };
  static conditionNames = {
    missing: "не найдено / missing", no_permission: "нет доступа / no permission",
    paper_low: "бумага заканчивается / paper low", paper_out: "нет бумаги / paper out",
    offline: "не на связи / offline", server_unreachable: "сервер печати не отвечает / print server down",
    job_stuck: "задание застряло / job stuck", not_accepting: "не принимает задания / not accepting jobs",
    error: "ошибка / error",
  };
  // The most unprinted tickets listed; the rest are counted.
  static unprintedShown = 10;

  // timeZone() gives the hall's IANA zone (from the last /api/v1/queue) or undefined.
  constructor(root, { hideWhenOk, timeZone }) {
    this.root = root;
    this.faults = root.querySelector("ul.faults");
    this.unprinted = root.querySelector("ul.unprinted");
    this.hideWhenOk = hideWhenOk;
    this.timeZone = timeZone || (() => undefined);
    this.timer = null;
  }

  // Whether an SSE event can change what the panel shows.
  static concerns(eventName) {
    return eventName === "device.status" || eventName === "ticket.printed";
  }

  // Reads /api/v1/devices and renders it; calls close together make one request.
  refresh() {
    if (this.timer) return;
    this.timer = setTimeout(async () => {
      this.timer = null;
      try {
        const r = await fetch("/api/v1/devices", { credentials: "same-origin", cache: "no-store" });
        if (r.ok) this.render(await r.json());
      } catch (_) {}   // a lost link shows in the page's link state; the next event or load tries again
    }, 150);
  }

  time(iso) {
    const options = { hour: "2-digit", minute: "2-digit", timeZone: this.timeZone() };
    try { return new Intl.DateTimeFormat("ru-RU", options).format(new Date(iso)); } catch (_) { return ""; }
  }

  render(data) {
    const faults = data.devices.filter((d) => d.condition !== "ok");
    this.faults.replaceChildren();
    for (const d of faults) {
      const li = el("li", d.condition === "paper_low" ? "warn" : "fault");
      const [ru, en] = (EquipmentPanel.conditionNames[d.condition] || d.condition).split(" / ");
      li.append(el("b", "", (EquipmentPanel.kindNames[d.kind] || d.kind) + " " + d.device + ": " + ru),
        el("span", "en", " / " + (en || d.condition)));
      if (d.message) li.append(el("div", "detail", d.message));
      this.faults.appendChild(li);
    }
    this.renderUnprinted(data.unprinted);
    const wrong = faults.length + data.unprinted.length;
    if (wrong === 0) {
      const li = el("li", "ok", "Всё оборудование работает");
      li.append(el("span", "en", " / All equipment works"));
      this.faults.appendChild(li);
    }
    this.root.classList.toggle("ok", wrong === 0);
    if (this.hideWhenOk) this.root.hidden = wrong === 0;
    document.body.dataset.equipment = wrong === 0 ? "ok" : faults.length + "/" + data.unprinted.length;
  }

  renderUnprinted(unprinted) {
    const shown = EquipmentPanel.unprintedShown;
    this.unprinted.replaceChildren();
    for (const t of unprinted.slice(0, shown)) {
      const li = el("li", t.printStatus === "failed" ? "fault" : "warn");
      const where = t.kiosk ? " (" + t.kiosk + ", " + this.time(t.issuedAt) + ")" : " (" + this.time(t.issuedAt) + ")";
      if (t.printStatus === "failed") {
        li.append(el("b", "label", "Талон " + t.label + " не напечатан"),
          document.createTextNode(" — номер показан на экране киоска" + where),
          el("span", "en", " / not printed — the number is on the kiosk's screen"));
      } else {
        li.append(el("b", "label", "Талон " + t.label + " ещё не напечатан"),
          document.createTextNode(" — ждёт принтер" + where),
          el("span", "en", " / waiting for the printer"));
      }
      this.unprinted.appendChild(li);
    }
    if (unprinted.length > shown) {
      const more = unprinted.length - shown;
      this.unprinted.appendChild(el("li", "more", "и ещё " + more + " / and " + more + " more"));
    }
  }
}
