// Opens an earshot HTML report in real headless Chromium and checks what a reader relies on:
// it loads from disk with no network request of any kind and no console error, the drill-down
// filters change what is shown, the print layout renders, and hostile texts from archives stay
// text (none of the payloads in the fixture runs).
//
// Usage: EARSHOT_REPORT=path/to/report/index.html node --test
// Optional: CHROMIUM (default /usr/bin/chromium), SCREENSHOT (where to save a screenshot).

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const report = process.env.EARSHOT_REPORT;
if (!report) {
  throw new Error("set EARSHOT_REPORT to the index.html of a report");
}
const pageUrl = pathToFileURL(path.resolve(report)).href;

let context;
let page;
let profile;
const requests = [];
const consoleErrors = [];

before(async () => {
  profile = fs.mkdtempSync(path.join(os.tmpdir(), "earshot-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 900 },
  });
  // Every request the page makes passes through here: only the report file itself may load.
  await context.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === pageUrl) {
      return route.continue();
    }
    return route.abort();
  });
  page = context.pages()[0] || (await context.newPage());
  page.on("console", (msg) => {
    if (msg.type() === "error") {
      consoleErrors.push(msg.text());
    }
  });
  page.on("pageerror", (err) => consoleErrors.push(String(err)));
  page.on("dialog", (d) => {
    consoleErrors.push(`dialog opened: ${d.message()}`);
    return d.dismiss();
  });
  await page.goto(pageUrl, { waitUntil: "load" });
});

after(async () => {
  await context?.close();
  fs.rmSync(profile, { recursive: true, force: true });
});

test("the report loads from disk without any network request", async () => {
  const others = requests.filter((u) => u !== pageUrl);
  assert.deepEqual(others, [], `unexpected requests: ${others.join(", ")}`);
  // Resources the browser may fetch without the routing seeing them (none are expected).
  const resources = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name),
  );
  assert.deepEqual(resources, []);
});

test("the report has no console errors", async () => {
  assert.deepEqual(consoleErrors, []);
});

test("hostile texts appear as text and never run", async () => {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    title: document.title,
    injected: document.querySelectorAll("main img, main script, footer script").length,
    jsLinks: [...document.querySelectorAll("a[href]")]
      .map((a) => a.getAttribute("href"))
      .filter((h) => !/^(https?:|charts\/|items\.csv$|#)/i.test(h)),
    body: document.body.innerText,
  }));
  assert.equal(state.pwned, undefined, "a payload from an item text ran");
  assert.ok(!state.title.includes("PWNED"), `title changed to ${state.title}`);
  assert.equal(state.injected, 0, "an <img> or <script> from an item text became markup");
  assert.deepEqual(state.jsLinks, [], "a link that is not http(s) was made");
  assert.ok(state.body.includes("<script>window.__pwned=1"), "the <script> text is shown as text");
  assert.ok(state.body.includes("<img src=x onerror="), "the <img> text is shown as text");
  assert.ok(
    state.body.includes("forum<img src=x onerror=window.__pwned=5>"),
    "a platform word with markup is shown as text",
  );
  const svgMarkup = await page.$$eval("svg img, svg script, svg foreignObject", (els) => els.length);
  assert.equal(svgMarkup, 0, "markup from an archive became part of a chart");
  const embedded = await page.evaluate(() =>
    JSON.parse(document.getElementById("summary").textContent),
  );
  assert.equal(typeof embedded.organization, "string");
  assert.ok(JSON.stringify(embedded).includes("</script><script>window.__pwned=4"));
});

test("every chart has alt text", async () => {
  const charts = await page.$$eval("figure.chart [role=img]", (els) =>
    els.map((e) => e.getAttribute("aria-label") || ""),
  );
  assert.ok(charts.length >= 1, "no chart in the report");
  for (const alt of charts) {
    assert.ok(alt.length > 20, `chart without a useful alt text: "${alt}"`);
  }
});

test("the page is structured for assistive technology", async () => {
  const s = await page.evaluate(() => {
    const levels = [...document.querySelectorAll("h1, h2, h3, h4")].map((h) => Number(h.tagName[1]));
    const skips = levels.filter((l, i) => i > 0 && l > levels[i - 1] + 1);
    const tablesWithoutHeaders = [...document.querySelectorAll("table")].filter(
      (t) => !t.querySelector("th[scope=col]"),
    ).length;
    const unlabelled = [...document.querySelectorAll("select, input")].filter(
      (c) => !(c.labels && c.labels.length),
    ).length;
    const svgsWithoutAlt = [...document.querySelectorAll("svg")].filter(
      (svg) => !svg.closest("[role=img][aria-label]"),
    ).length;
    return { h1: levels.filter((l) => l === 1).length, skips, tablesWithoutHeaders, unlabelled, svgsWithoutAlt,
      lang: document.documentElement.lang };
  });
  assert.equal(s.h1, 1);
  assert.deepEqual(s.skips, [], "heading levels skip");
  assert.equal(s.tablesWithoutHeaders, 0);
  assert.equal(s.unlabelled, 0);
  assert.equal(s.svgsWithoutAlt, 0);
  assert.equal(s.lang, "en");
});

test("a filter changes the rows shown", async () => {
  const visible = () =>
    page.$$eval("#items tbody tr", (rows) => rows.filter((r) => !r.hidden).length);
  const all = await visible();
  assert.ok(all > 0);
  await page.selectOption("#f-label", "dialogue");
  const dialogue = await visible();
  assert.ok(dialogue > 0 && dialogue < all, `dialogue rows ${dialogue} of ${all}`);
  const labels = await page.$$eval("#items tbody tr", (rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.dataset.label),
  );
  assert.ok(labels.every((l) => l === "dialogue"));
  assert.equal(await page.textContent("#shown"), String(dialogue));
  await page.selectOption("#f-label", "");
  const platforms = await page.$$eval("#f-platform option", (o) => o.map((x) => x.value));
  await page.selectOption("#f-platform", platforms[1]);
  const onOne = await visible();
  assert.ok(onOne > 0 && onOne < all, `rows on ${platforms[1]}: ${onOne} of ${all}`);
  await page.click("button[type=reset]");
  await page.waitForFunction((n) => document.getElementById("shown").textContent === String(n), all);
  assert.equal(await visible(), all);
});

test("the page is readable on a phone", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px on a phone`);
  await page.setViewportSize({ width: 1280, height: 900 });
});

test("the print layout renders", async () => {
  await page.emulateMedia({ media: "print" });
  const hidden = await page.$eval("#filters", (f) => getComputedStyle(f).display);
  assert.equal(hidden, "none", "the filters are hidden on paper");
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  assert.ok(pdf.length > 10000, "the PDF is not empty");
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(consoleErrors, []);
});

test("a screenshot of the report is taken", async () => {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.evaluate(() => window.scrollTo(0, 0));
  const shot = await page.screenshot({ fullPage: false });
  assert.ok(shot.length > 10000);
  if (process.env.SCREENSHOT) {
    fs.writeFileSync(process.env.SCREENSHOT, shot);
  }
});
