#!/usr/bin/env python3
"""A tiny Chrome DevTools Protocol driver (Python standard library only) for Talon's
browser tests: enough WebSocket to talk to a headless Chromium.

usage: cdp.py DEVTOOLS_PORT [--target SUBSTRING] STEP...

Steps, run in order on the page whose URL contains SUBSTRING (default: the first page):
  new:URL          open URL in a new tab and use that tab
  open:URL         navigate the tab to URL
  size:W,H         set the viewport to W×H CSS pixels
  eval:JS          evaluate JS (promises awaited) and print its value
  wait:JS          evaluate JS until it is truthy (25 s, else fail)
  shot:PATH        save a PNG screenshot of the viewport
  front:           bring the tab to the front (a background tab gets no animation frames)
  click:X,Y        press and release the left mouse button at X,Y (CSS pixels)
Prints one JSON line per step. Exits 1 with a message when a step fails.
"""
import base64, json, os, socket, struct, sys, time, urllib.request


def fail(message):
    print(json.dumps({"error": message}))
    sys.exit(1)


class WebSocket:
    def __init__(self, url):
        assert url.startswith("ws://")
        hostport, path = url[5:].split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           f"Sec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            head += self.sock.recv(1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            fail("websocket handshake refused: " + head.decode(errors="replace"))
        self.next_id = 0

    def send(self, text):
        data = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        n = len(data)
        if n < 126:
            header += bytes([0x80 | n])
        elif n < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", n)
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", n)
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)

    def exactly(self, n):
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                fail("the browser closed the connection")
            out += chunk
        return out

    def receive(self):
        message = b""
        while True:
            b0, b1 = self.exactly(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack(">H", self.exactly(2))[0]
            elif n == 127:
                n = struct.unpack(">Q", self.exactly(8))[0]
            payload = self.exactly(n)
            message += payload
            if b0 & 0x80:
                return message.decode()

    def call(self, method, **params):
        self.next_id += 1
        my = self.next_id
        self.send(json.dumps({"id": my, "method": method, "params": params}))
        while True:
            reply = json.loads(self.receive())
            if reply.get("id") == my:
                if "error" in reply:
                    fail(f"{method}: {reply['error']}")
                return reply.get("result", {})


def targets(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list") as r:
        return [t for t in json.load(r) if t.get("type") == "page"]


def evaluate(ws, js):
    r = ws.call("Runtime.evaluate", expression=js, awaitPromise=True, returnByValue=True)
    if "exceptionDetails" in r:
        fail("script failed: " + json.dumps(r["exceptionDetails"])[:400])
    return r.get("result", {}).get("value")


def main():
    args = sys.argv[1:]
    if not args:
        fail(__doc__)
    port = args.pop(0)
    want = None
    if args and args[0] == "--target":
        want = args[1]
        args = args[2:]
    ws = None
    if not (args and args[0].startswith("new:")):
        pages = [t for t in targets(port) if want is None or want in t.get("url", "")]
        if not pages:
            fail(f"no page matching {want!r}")
        ws = WebSocket(pages[0]["webSocketDebuggerUrl"])
    for step in args:
        kind, _, arg = step.partition(":")
        if kind == "new":
            req = urllib.request.Request(f"http://127.0.0.1:{port}/json/new?{arg}", method="PUT")
            with urllib.request.urlopen(req) as r:
                ws = WebSocket(json.load(r)["webSocketDebuggerUrl"])
            print(json.dumps({"new": arg}))
        elif kind == "open":
            ws.call("Page.navigate", url=arg)
            print(json.dumps({"open": arg}))
        elif kind == "size":
            w, h = (int(x) for x in arg.split(","))
            ws.call("Emulation.setDeviceMetricsOverride", width=w, height=h, deviceScaleFactor=1, mobile=False)
            print(json.dumps({"size": [w, h]}))
        elif kind == "eval":
            print(json.dumps({"eval": evaluate(ws, arg)}))
        elif kind == "wait":
            deadline = time.time() + 60
            value = None
            while time.time() < deadline:
                try:
                    value = evaluate(ws, arg)
                except SystemExit:
                    value = None
                if value:
                    break
                time.sleep(0.05)
            if not value:
                fail(f"timed out waiting for: {arg}")
            print(json.dumps({"wait": value}))
        elif kind == "shot":
            data = ws.call("Page.captureScreenshot", format="png")["data"]
            with open(arg, "wb") as f:
                f.write(base64.b64decode(data))
            print(json.dumps({"shot": arg}))
        elif kind == "front":
            ws.call("Page.bringToFront")
            print(json.dumps({"front": True}))
        elif kind == "click":
            x, y = (float(v) for v in arg.split(","))
            ws.call("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
            ws.call("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", buttons=1, clickCount=1)
            ws.call("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", buttons=0, clickCount=1)
            print(json.dumps({"click": [x, y]}))
        else:
            fail(f"unknown step {step!r}")


main()
