// Capacity benchmarks of issue 15.
//
//   node ci/load/capacity.mjs sessions --base http://localhost:8095 --users users.txt --count 100 --pid <server pid>
//   node ci/load/capacity.mjs journey  --base http://localhost:8095 --users users.txt --projects projects.txt \
//        --count 50 --minutes 3 [--rampMs 1000] [--thinkMs 5000]
//   node ci/load/capacity.mjs journey-browser ...   (the same journey, each person in a real browser context)
//
// users.txt holds one e-mail per line (the password is the demo password); projects.txt one open project id per line.
// ci/bench-capacity.sh prepares both from a demo instance and runs the benchmarks; see docs/performance.md.
//
// "sessions" uses one headless Chromium with one isolated browser context per person (their own cookies, their own
// Vaadin session), because it measures what a real client leaves in the server's memory.
//
// "journey" uses a protocol-level driver (uidl-client.mjs): each simulated person speaks Vaadin Flow's protocol as the
// browser's Flow client does (the requests were recorded from Chromium once: the page, `v-r=init`, `ui-navigate`
// events, `mSync` of field values, clicks, the grids' acknowledgements) with the node ids and sync ids the server hands
// out, but renders nothing. On a 2-core machine 50 real browser contexts need more CPU than the server they measure
// (they never all got past their dashboard); the protocol driver costs a few per cent of one core, so the server's
// figures are the server's. "journey-browser" keeps the browser-driven version for a machine with cores to spare.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const args = Object.fromEntries(process.argv.slice(3).reduce((pairs, value, i, all) => {
    if (value.startsWith('--')) pairs.push([value.slice(2), all[i + 1]]);
    return pairs;
}, []));
const mode = process.argv[2];
const base = args.base ?? 'http://localhost:8095';
const password = args.password ?? 'demo';
const lines = file => readFileSync(file, 'utf8').split('\n').map(l => l.trim()).filter(Boolean);

const launch = () => chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-quic', '--no-first-run', '--disable-sync', '--disable-renderer-backgrounding',
        '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
});

// Logs in as a person's browser does when it submits the login form, but over HTTP within the person's browser context
// (the same cookie jar): the login page is fetched for its CSRF token and the form is posted, then the browser opens the
// dashboard. Rendering 50 login forms in one headless Chromium on a 2-core machine starved the server and the other
// browsers (a login page did not render within 120 s); the server does the same work either way (bcrypt, the session).
async function logIn(page, email) {
    const request = page.context().request;
    const html = await (await request.get(`${base}/login`)).text();
    const token = /name="_csrf" content="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error('the login page carries no CSRF token');
    const answer = await request.post(`${base}/login`, { form: { username: email, password, _csrf: token }, maxRedirects: 0 });
    const location = answer.headers()['location'] ?? '';
    if (answer.status() !== 302 || location.includes('error')) throw new Error(`login of ${email} refused: ${answer.status()} ${location}`);
    await page.goto(`${base}/`);
    await page.locator('#main-nav').waitFor({ timeout: 120_000 });
}

function heapUsedAfterGc(pid) {
    execFileSync('jcmd', [String(pid), 'GC.run']);
    execFileSync('jcmd', [String(pid), 'GC.run']);
    const info = execFileSync('jcmd', [String(pid), 'GC.heap_info']).toString();
    // G1: " garbage-first heap   total reserved 12582912K, committed 262144K, used 187654K"
    const used = /used (\d+)K/.exec(info);
    if (!used) throw new Error(`cannot read the heap from:\n${info}`);
    return Number(used[1]) * 1024;
}

// Moves within the running application as a person does by clicking a link: Vaadin's router intercepts a click on a
// same-origin anchor and asks the server for the new view (one UIDL request), instead of reloading the whole client.
async function navigate(page, path) {
    await page.evaluate(target => {
        const link = document.createElement('a');
        link.href = target;
        document.body.appendChild(link);
        link.click();
        link.remove();
    }, path);
    await page.waitForURL(url => url.pathname === path);
}

const percentile = (sorted, p) => sorted.length === 0 ? NaN
    : sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];


// The student journey over Vaadin's protocol: log in, open the dashboard, then rounds of search (type a word in the
// search field of "Find postings"), read, open a project, open its application form, type a motivation and save the
// draft, read again. Times are taken per request from sending to the last byte of the answer.
async function protocolJourney() {
    const { UidlClient } = await import('./uidl-client.mjs');
    const users = lines(args.users);
    const projects = lines(args.projects);
    const count = Number(args.count ?? 50);
    const minutes = Number(args.minutes ?? 3);
    const words = ['sepsis', 'federated', 'imaging', 'cohort', 'registry', 'genomics', 'wearable', 'oncology'];
    const thinkMs = () => Number(args.thinkMs ?? 5000) * (0.5 + Math.random());
    const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));
    const samples = { all: [], step: {} };
    const errors = [];
    let journeys = 0, drafts = 0, loggedIn = 0, measuring = false, until = Infinity;
    let everybodyIn;
    const allLoggedIn = new Promise(resolve => { everybodyIn = resolve; });

    async function person(index) {
        const client = new UidlClient(base, (kind, ms, status) => {
            if (!measuring) return;
            samples.all.push(ms);
            (samples.step[kind] ??= []).push(ms);
            if (status >= 400) errors.push(`${kind}: HTTP ${status}`);
        });
        await sleep(index * Number(args.rampMs ?? 1000));
        await client.logIn(users[index % users.length], password);
        const start = await client.open('');
        if (!start.ids.has('dashboard')) throw new Error(`no dashboard for ${users[index % users.length]}`);
        if (++loggedIn === count) {
            await fetch(`${base}/actuator/health/liveness?bench=start`); // marks the window in the access log
            until = Date.now() + minutes * 60_000;
            measuring = true;
            console.log(`all ${count} logged in; measuring for ${minutes} minutes`);
            everybodyIn();
        }
        await allLoggedIn;
        await sleep(Math.random() * thinkMs()); // people do not click in step
        for (let round = 0; Date.now() < until; round++) {
            const project = projects[(index * 7 + round) % projects.length];
            const word = words[(index + round) % words.length];
            let step = 'search';
            try {
                await client.navigate('postings');
                const found = await client.setValue('search', 'posting-search', word, 'input');
                if (!found.text.includes('$connector.set') && !found.text.includes('updateSize')) throw new Error('no results came back');
                await sleep(thinkMs() / 2); // reads the results
                step = 'open project';
                const opened = await client.navigate(`projects/${project}`);
                if (!opened.ids.has('project-title')) throw new Error(`project ${project} did not open`);
                step = 'save draft';
                const form = await client.navigate(`projects/${project}/apply`);
                if (form.ids.has('motivation')) {
                    await client.setValue('motivation', 'motivation', `Load test motivation ${index}.${round}: why this project fits me.`);
                    const saved = await client.click('save draft', 'save-draft');
                    if (!saved.text.includes('"vaadin-notification"')) throw new Error('saving the draft showed no message');
                    drafts++;
                } else if (!form.ids.has('already-applied') && !form.ids.has('not-open')) {
                    throw new Error(`the application form of project ${project} did not open`);
                }
                journeys++;
            } catch (e) {
                errors.push(`${step}: ${e.message.split('\n')[0]}`);
                await client.open('').catch(() => {}); // a person would reload the page
            }
            await sleep(thinkMs()); // reads before the next round
        }
    }

    const started = Date.now();
    await Promise.all(Array.from({ length: count }, (_, i) => person(i).catch(e => {
        errors.push(`login: ${e.message}`);
        if (++loggedIn === count) { measuring = true; until = Date.now() + minutes * 60_000; everybodyIn(); }
    })));
    await fetch(`${base}/actuator/health/liveness?bench=end`);
    const report = (label, list) => {
        const sorted = [...list].sort((a, b) => a - b);
        console.log(`RESULT ${label}: n=${sorted.length} p50=${percentile(sorted, 50).toFixed(0)}ms p95=${percentile(sorted, 95).toFixed(0)}ms p99=${percentile(sorted, 99).toFixed(0)}ms max=${sorted.at(-1)?.toFixed(0)}ms`);
    };
    report('all requests (driver side)', samples.all);
    for (const [name, list] of Object.entries(samples.step)) report(`request "${name}"`, list);
    console.log(`RESULT users=${count} seconds=${((Date.now() - started) / 1000).toFixed(0)} journeys=${journeys} drafts saved=${drafts} errors=${errors.length}`);
    for (const e of errors.slice(0, 20)) console.log(`ERROR ${e}`);
}

const browser = mode === 'journey' ? null : await launch();

if (mode === 'sessions') {
    const pid = args.pid;
    const users = lines(args.users);
    const count = Number(args.count ?? 100);
    const before = heapUsedAfterGc(pid);
    console.log(`heap used before, after GC: ${(before / 1048576).toFixed(1)} MB`);
    const pages = [];
    for (let i = 0; i < count; i++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await logIn(page, users[i % users.length]);
        pages.push(page);
        if ((i + 1) % 10 === 0) console.log(`${i + 1} sessions logged in, on their dashboard`);
    }
    const after = heapUsedAfterGc(pid);
    const perSession = (after - before) / count;
    console.log(`heap used with ${count} sessions, after GC: ${(after / 1048576).toFixed(1)} MB`);
    console.log(`RESULT sessions=${count} heapBeforeMB=${(before / 1048576).toFixed(1)} heapAfterMB=${(after / 1048576).toFixed(1)} perSessionKB=${(perSession / 1024).toFixed(0)}`);
} else if (mode === 'journey') {
    await protocolJourney();
} else if (mode === 'journey-browser') {
    const users = lines(args.users);
    const projects = lines(args.projects);
    const count = Number(args.count ?? 50);
    let until = Infinity; // set once everybody has logged in: the measured phase starts for all at once
    let everybodyIn;
    const allLoggedIn = new Promise(resolve => { everybodyIn = resolve; });
    let loggedIn = 0;
    const words = ['sepsis', 'federated', 'imaging', 'cohort', 'registry', 'genomics', 'wearable', 'oncology'];
    const samples = { all: [], step: {} };
    const errors = [];
    let journeys = 0;

    // A person's pause between rounds: THINK_MS on average (default 5 s), spread ±50 % at random.
    const thinkMs = () => Number(args.thinkMs ?? 5000) * (0.5 + Math.random());

    async function person(index) {
        const context = await browser.newContext();
        const page = await context.newPage();
        page.setDefaultTimeout(120_000);
        page.setDefaultNavigationTimeout(120_000);
        let measuring = false;
        let step = 'login';
        page.on('requestfinished', request => {
            const url = request.url();
            if (!measuring || !url.startsWith(base) || url.includes('/VAADIN/') || /\.(js|css|woff2?|png|svg|ico)(\?|$)/.test(url)) return;
            const t = request.timing();
            const ms = t.responseStart - t.requestStart;
            if (ms >= 0) {
                samples.all.push(ms);
                (samples.step[step] ??= []).push(ms);
            }
        });
        page.on('response', response => {
            if (measuring && response.url().startsWith(base) && response.status() >= 400) {
                errors.push(`${step}: HTTP ${response.status()} ${response.url()}`);
            }
        });
        page.on('requestfailed', request => {
            if (measuring && request.url().startsWith(base)) errors.push(`${step}: failed ${request.url()} ${request.failure()?.errorText}`);
        });
        // Ramp-up, not measured: people log in one after another (bcrypt is slow on purpose), then all start together.
        await new Promise(resolve => setTimeout(resolve, index * (Number(args.rampMs ?? 5000))));
        await logIn(page, users[index % users.length]);
        if (++loggedIn === count) {
            until = Date.now() + Number(args.minutes ?? 3) * 60_000;
            await fetch(`${base}/actuator/health/liveness?bench=start`); // marks the window in the access log
            console.log(`all ${count} logged in; measuring for ${args.minutes ?? 3} minutes`);
            everybodyIn();
        }
        await allLoggedIn;
        // People do not click in step: each begins within one reading pause of the others (a coordinated start would
        // measure 50 identical requests arriving in the same millisecond, which 50 people never send).
        await page.waitForTimeout(Math.random() * thinkMs(index));
        measuring = true;
        let round = 0;
        while (Date.now() < until) {
            const project = projects[(index * 7 + round) % projects.length];
            const word = words[(index + round) % words.length];
            try {
                step = 'search';
                await navigate(page, '/postings');
                await page.locator('#posting-search input').fill(word);
                await page.locator('#posting-search input').press('Enter');
                await page.locator('#posting-grid').waitFor();
                await page.waitForTimeout(thinkMs(index) / 2); // reads the results
                step = 'open project';
                await navigate(page, `/projects/${project}`);
                await page.locator('#project-title').waitFor();
                step = 'save draft';
                await navigate(page, `/projects/${project}/apply`);
                const form = page.locator('#motivation textarea, #already-applied, #not-open').first();
                await form.waitFor();
                if (await page.locator('#motivation textarea').count() > 0) {
                    await page.locator('#motivation textarea').fill(`Load test motivation ${index}.${round}: why this project fits me.`);
                    await page.locator('#save-draft').click();
                    await page.locator('vaadin-notification-card').first().waitFor();
                }
                journeys++;
            } catch (e) {
                errors.push(`${step}: ${e.message.split('\n')[0]}`);
            }
            round++;
            await page.waitForTimeout(thinkMs(index)); // a person reads before the next round
        }
        await context.close();
    }

    await Promise.all(Array.from({ length: count }, (_, i) => person(i)));
    await fetch(`${base}/actuator/health/liveness?bench=end`);
    const seconds = (Date.now() - (until - Number(args.minutes ?? 3) * 60_000)) / 1000;
    const report = (label, list) => {
        const sorted = [...list].sort((a, b) => a - b);
        console.log(`RESULT ${label}: n=${sorted.length} p50=${percentile(sorted, 50).toFixed(0)}ms p95=${percentile(sorted, 95).toFixed(0)}ms p99=${percentile(sorted, 99).toFixed(0)}ms max=${sorted.at(-1)?.toFixed(0)}ms`);
    };
    report('all requests', samples.all);
    for (const [name, list] of Object.entries(samples.step)) report(`step "${name}"`, list);
    console.log(`RESULT users=${count} seconds=${seconds.toFixed(0)} journeys=${journeys} errors=${errors.length}`);
    for (const e of errors.slice(0, 20)) console.log(`ERROR ${e}`);
} else {
    console.error('usage: capacity.mjs sessions|journey|journey-browser --base URL --users FILE [--projects FILE] [--count N] [--minutes M] [--pid PID]');
    process.exitCode = 2;
}
await browser?.close();
