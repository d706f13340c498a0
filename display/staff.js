// Talon: what the staff pages (the console, the manager dashboard) share about the session:
// api() with the session's CSRF token on every change (the cookie itself is HttpOnly and
// SameSite=Strict), the sign-in form, and sign-out.
//
// The page has a form #login with inputs #login-name and #login-password.
"use strict";

let csrf = null;

// Calls the API as the signed-in account; rejects with an Error carrying the HTTP status
// and the problem's detail.
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

// Wires the sign-in form and resumes a session the browser already has: onSignedIn(session)
// once signed in ({login, name, role, csrfToken}), onRefused(text) when a sign-in fails.
function staffSession(onSignedIn, onRefused) {
  const signedIn = (session) => { csrf = session.csrfToken; onSignedIn(session); };
  document.getElementById("login").addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      const r = await api("POST", "/api/v1/session", { login: document.getElementById("login-name").value,
        password: document.getElementById("login-password").value });
      signedIn(r.data);
    } catch (err) {
      onRefused(err.status === 429 ? "Слишком много попыток, подождите / Too many attempts: " + err.message
                                   : "Неверный логин или пароль / Wrong login or password");
    }
  });
  api("GET", "/api/v1/session").then((r) => signedIn(r.data)).catch(() => {});
}

// Ends the session and shows the sign-in form again.
async function staffSignOut() {
  await api("DELETE", "/api/v1/session").catch(() => {});
  location.reload();
}
