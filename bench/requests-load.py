#!/usr/bin/env python3
"""Q&A filing under load: N questions from C concurrent connections to the app in Release on 127.0.0.1 (Kestrel,
SQLite, demo organization, rate limits lifted by Prongsai:RateLimits:Disabled). Each connection is a browser: it
reads the ask form once (antiforgery cookie and token), then posts its share of questions over one keep-alive
connection. Afterwards the database must hold every question exactly once, and no answer may be a 5xx.

    bench/requests-load.py [--total 1000] [--connections 64] [--port 5097]
"""
import argparse, http.client, http.cookies, os, re, shutil, sqlite3, subprocess, sys, tempfile, threading, time, urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DLL = os.path.join(ROOT, "src/Prongsai.Web/bin/Release/net10.0/Prongsai.Web.dll")

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--total", type=int, default=1000)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--port", type=int, default=5097)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="prongsai-qa-load-")
    env = dict(os.environ, Prongsai__DataDirectory=data, Prongsai__Demo="true", Prongsai__RateLimits__Disabled="true",
               Prongsai__DemoAdminPassword="Load-Test-2568!", ASPNETCORE_ENVIRONMENT="Production")
    app = subprocess.Popen(["dotnet", DLL, "--urls", f"http://127.0.0.1:{args.port}"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(args.port)
        statuses, elapsed = run(args)
        counts = {}
        for s in statuses:
            counts[s] = counts.get(s, 0) + 1
        db = sqlite3.connect(find_db(data))
        stored = db.execute("SELECT COUNT(*), COUNT(DISTINCT Subject) FROM TrackedRequests WHERE Subject LIKE 'load %'").fetchone()
        print(f"{args.total} Q&A posts from {args.connections} connections in {elapsed:.1f} s "
              f"({args.total / elapsed:.0f} posts/s); answers {dict(sorted(counts.items()))}; stored {stored[0]} rows, {stored[1]} distinct")
        ok = counts.get(200, 0) == args.total and stored[0] == args.total and stored[1] == args.total
        sys.exit(0 if ok else 1)
    finally:
        app.terminate()
        app.wait(30)
        shutil.rmtree(data, ignore_errors=True)

def wait_for(port):
    for _ in range(240):
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/healthz")
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("the app did not start")

def find_db(data):
    for name in os.listdir(data):
        if name.endswith(".db"):
            return os.path.join(data, name)
    raise SystemExit("no SQLite file in " + data)

def run(args):
    statuses, lock = [], threading.Lock()
    shares = [args.total // args.connections + (1 if i < args.total % args.connections else 0) for i in range(args.connections)]
    def client(index, share):
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=120)
        conn.request("GET", "/bangkha/qa")
        page = conn.getresponse()
        html = page.read().decode()
        cookie = "; ".join(c.split(";")[0] for c in page.headers.get_all("Set-Cookie") or [])
        token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', html).group(1)
        for n in range(share):
            body = urllib.parse.urlencode({"Form.Subject": f"load {index}-{n} ขอทราบวันชำระภาษี", "Form.Details": "คำถามทดสอบโหลด",
                                           "Form.Anonymous": "true", "Form.AcceptsPrivacyNotice": "true", "__RequestVerificationToken": token})
            conn.request("POST", "/bangkha/qa", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
            response = conn.getresponse()
            response.read()
            with lock:
                statuses.append(response.status)
    threads = [threading.Thread(target=client, args=(i, s)) for i, s in enumerate(shares)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses, time.monotonic() - start

if __name__ == "__main__":
    main()
