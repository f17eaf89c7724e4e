// Lighthouse (accessibility and best practices) over every page type of a running Painwise,
// signed out and signed in as each demo account, at a phone width and a desktop width.
// Run it through bench/lighthouse.sh, which installs Lighthouse and says what it needs.
//
//   node bench/lighthouse/pages.mjs --base http://localhost:8080 [--widths 360,1280]
//        [--only patient,therapist] [--screenshots DIR] [--json FILE]
//
// Each role signs in through the real sign-in form in its own browser profile; Lighthouse then
// audits each page in that browser (so with that session), with storage kept. A few pages need
// data that a fresh demo database lacks: the script makes it the way a person would (the demo
// therapist makes an invitation and the demo patient uses it; the demo patient submits one quiz
// attempt if it has none), so the database is changed a little on the first run.
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => {
    if (a.startsWith("--")) pairs.push([a.slice(2), all[i + 1] && !all[i + 1].startsWith("--") ? all[i + 1] : "true"]);
    return pairs;
  }, []));
const BASE = (args.base || "http://localhost:8080").replace(/\/$/, "");
const WIDTHS = (args.widths || "360,1280").split(",").map(Number);
const ONLY = args.only ? args.only.split(",") : null;
const SHOTS = args.screenshots || null;
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium";
const PASSWORD = "painwise-demo";
const MODULE = "pain-alarm-system";

/** Page types per role: [name, path or async function(page) giving the path]. */
const ROLES = {
  "signed out": {
    email: null,
    pages: [
      ["landing", "/"],
      ["sign in", "/login"],
      ["sign up", "/signup"],
      ["forgot password", "/forgot-password"],
      ["reset password (a link's page)", "/reset-password?token=not-a-real-token"],
      ["verify email", "/verify-email"],
      ["not found (404)", "/no-such-page", { status: 404 }],
    ],
  },
  patient: {
    email: "patient@painwise.test",
    pages: [
      ["patient dashboard", "/patient/index"],
      ["lesson catalogue", "/lessons/index"],
      ["module", `/lessons/${MODULE}`],
      ["lesson page (with a diagram)", `/lessons/${MODULE}/danger-detectors`],
      ["quiz", `/quiz/take?module=${MODULE}`],
      ["quiz result", quizResult],
      ["my progress", "/patient/progress"],
      ["my therapists", "/patient/therapists"],
      ["my account", "/patient/account"],
      ["check-in", "/patient/checkin"],
      ["knowledge check", "/patient/knowledge"],
      ["danger and safety journal", "/patient/journal"],
      ["before and after a session", "/patient/sessions"],
      ["account settings", "/account/settings"],
      ["sign-in security", "/account/two-step"],
      ["two-step set-up", "/two-step/setup"],
    ],
  },
  therapist: {
    email: "therapist@painwise.test",
    pages: [
      ["therapist overview", "/therapist/index"],
      ["client table", "/therapist/clients"],
      ["invitations", "/therapist/invitations"],
      ["client page", clientPage],
    ],
  },
  educator: {
    email: "educator@painwise.test",
    pages: [
      ["quiz list", "/educator/index"],
      ["question bank", `/educator/questions?module=${MODULE}`],
      ["question editor", (page) => questionPath(page, "/educator/question")],
      ["question preview", (page) => questionPath(page, "/educator/preview")],
      ["item statistics", `/educator/statistics?module=${MODULE}`],
      ["import", "/educator/import"],
    ],
  },
  admin: {
    email: "admin@painwise.test",
    pages: [
      ["admin home", "/admin/index"],
      ["users", "/admin/users"],
      ["outbox", "/admin/outbox"],
    ],
  },
};

async function signIn(page, email) {
  await page.goto(`${BASE}/login`, { waitUntil: "networkidle0" });
  await page.type("#login\\:email", email);
  await page.type("#login\\:password", PASSWORD);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.click("#login\\:submit")]);
  if (page.url().includes("/login")) throw new Error(`could not sign in as ${email} (is the server run with -Dpainwise.demo=true?)`);
}

async function hrefOf(page, path, selector) {
  await page.goto(BASE + path, { waitUntil: "networkidle0" });
  return page.$eval(selector, (a) => a.getAttribute("href")).catch(() => null);
}

function relative(href) {
  const url = new URL(href, BASE + "/");
  return url.pathname.replace(new URL(BASE + "/").pathname.replace(/\/$/, ""), "") + url.search;
}

/** The demo patient's latest quiz result; submits an (empty) attempt when there is none. */
async function quizResult(page) {
  const existing = await hrefOf(page, `/quiz/take?module=${MODULE}`, "a[href*='quiz/result']");
  if (existing) return relative(existing);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.click("#start\\:start")]);
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.click("#quiz\\:submit")]);
  return relative(page.url());
}

/** A client of the demo therapist; links the demo patient through an invitation when there is none. */
async function clientPage(page) {
  const existing = await hrefOf(page, "/therapist/clients", "a[href*='client?id=']");
  if (existing) return relative(existing);
  await page.goto(`${BASE}/therapist/invitations`, { waitUntil: "networkidle0" });
  await Promise.all([page.waitForNavigation({ waitUntil: "networkidle0" }), page.click("#invite\\:create")]);
  const code = (await page.$eval("#new-code", (e) => e.textContent)).trim();
  const browser = await launch();
  try {
    const patient = await browser.newPage();
    await signIn(patient, ROLES.patient.email);
    await patient.goto(`${BASE}/patient/therapists`, { waitUntil: "networkidle0" });
    await patient.type("#link\\:code", code);
    await Promise.all([patient.waitForNavigation({ waitUntil: "networkidle0" }), patient.click("#link\\:submit")]);
  } finally {
    await close(browser);
  }
  const made = await hrefOf(page, "/therapist/clients", "a[href*='client?id=']");
  if (!made) throw new Error("the demo patient did not become a client of the demo therapist");
  return relative(made);
}

async function questionPath(page, target) {
  const href = await hrefOf(page, `/educator/questions?module=${MODULE}`, "a.pw-question-link");
  if (!href) throw new Error("the demo question bank has no question");
  return target + new URL(href, BASE + "/").search;
}

const profiles = new Map();
async function launch() {
  const dir = mkdtempSync(join(tmpdir(), "painwise-lh-"));
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    userDataDir: dir,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=en", "--no-first-run"],
  });
  profiles.set(browser, dir);
  return browser;
}
async function close(browser) {
  await browser.close();
  rmSync(profiles.get(browser), { recursive: true, force: true });
}

function settings(width) {
  const mobile = width < 800;
  return {
    onlyCategories: ["accessibility", "best-practices"],
    formFactor: mobile ? "mobile" : "desktop",
    screenEmulation: { mobile, width, height: mobile ? 800 : 900, deviceScaleFactor: mobile ? 2 : 1, disabled: false },
    throttlingMethod: "provided",
    disableStorageReset: true,
    // The 404 page answers 404 on purpose: audit it all the same.
    ignoreStatusCode: true,
    output: "json",
    logLevel: "error",
  };
}

// --from-json FILE prints the table of an earlier run's --json file again, auditing nothing.
const rows = args["from-json"] ? JSON.parse(readFileSync(args["from-json"], "utf8")) : [];
for (const [role, spec] of args["from-json"] ? [] : Object.entries(ROLES)) {
  if (ONLY && !ONLY.includes(role.replace(" ", "-")) && !ONLY.includes(role)) continue;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    if (spec.email) await signIn(page, spec.email);
    for (const [name, where, expect = {}] of spec.pages) {
      let path;
      try {
        path = typeof where === "function" ? await where(page) : where;
      } catch (e) {
        rows.push({ role, name, path: "-", width: "-", error: String(e.message || e) });
        console.error(`  ${role} / ${name}: ${e.message || e}`);
        continue;
      }
      for (const width of WIDTHS) {
        const result = await lighthouse(BASE + path, { port: new URL(browser.wsEndpoint()).port }, { extends: "lighthouse:default", settings: settings(width) }, page);
        const lhr = result.lhr;
        const score = (id) => lhr.categories[id].score;
        const failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable" && a.scoreDisplayMode !== "manual")
          .filter((a) => [...lhr.categories.accessibility.auditRefs, ...lhr.categories["best-practices"].auditRefs].some((r) => r.id === a.id && r.weight > 0))
          .map((a) => a.id + (a.details && a.details.items && a.details.items.length ? ` (${JSON.stringify(a.details.items.slice(0, 2)).slice(0, 300)})` : ""));
        // A page that answers 404 on purpose: Chrome logs its status as a console error, which
        // Lighthouse counts; that one line is expected, any other finding is not.
        const ownStatusOnly =
          expect.status &&
          failed.length === 1 &&
          lhr.audits["errors-in-console"].score === 0 &&
          lhr.audits["errors-in-console"].details.items.every(
            (i) => i.source === "network" && i.sourceLocation && i.sourceLocation.url === BASE + path && i.description.includes(String(expect.status))
          );
        const row = { role, name, path, width, accessibility: score("accessibility"), bestPractices: score("best-practices"), failed, ownStatusOnly };
        rows.push(row);
        console.error(`  ${role} / ${name} @${width}: a11y ${row.accessibility} bp ${row.bestPractices}${failed.length ? "  " + failed.join("; ") : ""}`);
        if (SHOTS) {
          mkdirSync(SHOTS, { recursive: true });
          await page.setViewport({ width, height: width < 800 ? 800 : 900, deviceScaleFactor: 1 });
          await page.goto(BASE + path, { waitUntil: "networkidle0" });
          const file = `${role}-${name}-${width}`.replace(/[^A-Za-z0-9]+/g, "_") + ".png";
          await page.screenshot({ path: join(SHOTS, file), fullPage: true });
        }
      }
    }
  } finally {
    await close(browser);
  }
}

const fmt = (v) => (typeof v === "number" ? v.toFixed(2) : v ?? "-");
console.log(`| role | page type | path | ${WIDTHS.map((w) => `accessibility @${w}`).join(" | ")} | ${WIDTHS.map((w) => `best practices @${w}`).join(" | ")} |`);
console.log(`|---|---|---|${WIDTHS.map(() => "--:").join("|")}|${WIDTHS.map(() => "--:").join("|")}|`);
const keys = [...new Set(rows.map((r) => `${r.role}\u0000${r.name}`))];
let imperfect = 0;
for (const key of keys) {
  const [role, name] = key.split("\u0000");
  const of = rows.filter((r) => r.role === role && r.name === name);
  const at = (w, k) => {
    const r = of.find((x) => x.width === w);
    const v = fmt(r?.[k] ?? (of[0].error ? "error" : "-"));
    return r && r.ownStatusOnly && k === "bestPractices" && r[k] < 1 ? v + "*" : v;
  };
  if (of.some((r) => r.error || r.accessibility < 1 || (r.bestPractices < 1 && !r.ownStatusOnly))) imperfect++;
  console.log(`| ${role} | ${name} | \`${of[0].path}\` | ${WIDTHS.map((w) => at(w, "accessibility")).join(" | ")} | ${WIDTHS.map((w) => at(w, "bestPractices")).join(" | ")} |`);
}
if (rows.some((r) => r.ownStatusOnly)) {
  console.log("\n\\* The page answers 404 on purpose; the one finding is Chrome's console line for that status (errors-in-console).");
}
if (args.json) writeFileSync(args.json, JSON.stringify(rows, null, 2));
console.error(
  imperfect
    ? `${imperfect} page type(s) below 1.00 or failed`
    : "every page type: 1.00 and 1.00" + (rows.some((r) => r.ownStatusOnly) ? " (the 404 page: but for its own status, see *)" : ""));
process.exit(imperfect ? 1 : 0);
