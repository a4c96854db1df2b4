// A minimal Vaadin Flow client for load tests: it speaks the protocol the browser's Flow client speaks (the requests a
// person's browser sends, recorded once from a real Chromium and replayed here with the ids the server hands out), but
// without rendering anything, so that 50 simulated people cost the driver almost no CPU.
//
// What it does, as the browser does:
//   - keeps the person's cookies (the HTTP session) and logs in with the login form (CSRF token from the login page);
//   - starts a UI: GET the page, GET `?v-r=init` (the UI id, the CSRF token of the UI and the first UIDL), then the
//     `ui-navigate` event for the route;
//   - moves to another route with the `ui-navigate` event on the UI's root node (what a click on a link sends);
//   - sets a field's value (`mSync` of its `value` property plus its DOM event) and clicks a button (`click` event);
//   - answers the grids' data updates (`confirmUpdate`), as the grid's connector does;
//   - tracks the element ids the server sends (`id` attributes), so that the next step finds its field or button by
//     the same id a browser test uses.
// Every request is timed from sending to the last byte of the answer.

export class UidlClient {

    constructor(base, onTiming) {
        this.base = base;
        this.onTiming = onTiming ?? (() => {});
        this.cookies = new Map();
        this.nodesById = new Map();
        this.promises = new Map();
        this.historyIndex = 0;
    }

    cookieHeader() {
        return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }

    keepCookies(response) {
        for (const line of response.headers.getSetCookie?.() ?? []) {
            const [pair] = line.split(';');
            const at = pair.indexOf('=');
            this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
        }
    }

    async http(kind, method, path, { body, contentType, redirect = 'manual' } = {}) {
        const started = performance.now();
        const response = await fetch(this.base + path, {
            method, redirect, body,
            headers: { cookie: this.cookieHeader(), ...(contentType ? { 'content-type': contentType } : {}) },
        });
        const text = await response.text();
        this.onTiming(kind, performance.now() - started, response.status);
        this.keepCookies(response);
        return { status: response.status, headers: response.headers, text };
    }

    async logIn(email, password) {
        const page = await this.http('login page', 'GET', '/login');
        const token = /name="_csrf" content="([^"]+)"/.exec(page.text)?.[1];
        if (!token) throw new Error('the login page carries no CSRF token');
        const form = new URLSearchParams({ username: email, password, _csrf: token }).toString();
        const answer = await this.http('login', 'POST', '/login', { body: form, contentType: 'application/x-www-form-urlencoded' });
        const location = answer.headers.get('location') ?? '';
        if (answer.status !== 302 || location.includes('error')) throw new Error(`login of ${email} refused: ${answer.status} ${location}`);
    }

    /** Opens the application at a route as a fresh page load does: the page, the UI's start, the first navigation. */
    async open(route) {
        const page = await this.http('page', 'GET', `/${route}`);
        if (page.status !== 200) throw new Error(`GET /${route}: HTTP ${page.status}`);
        const init = await this.http('init', 'GET',
            `/?v-r=init&location=${encodeURIComponent(route)}&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280&v-bh=900&v-bw=1280`);
        if (init.status !== 200) throw new Error(`init: HTTP ${init.status}`);
        const config = JSON.parse(init.text).appConfig;
        this.uiId = config['v-uiId'];
        this.clientId = 0;
        const uidl = config.uidl;
        this.csrf = uidl['Vaadin-Security-Key'];
        this.syncId = uidl.syncId;
        this.absorb(uidl);
        return this.navigate(route, '');
    }

    /** What a click on a link to the route sends: the router's navigation event on the UI's root node. */
    navigate(route, trigger = 'client') {
        return this.rpc('navigate', [{
            type: 'event', node: 1, event: 'ui-navigate',
            data: { route, query: '', appShellTitle: '', historyState: { idx: this.historyIndex++ }, trigger },
        }]);
    }

    node(id) {
        const node = this.nodesById.get(id);
        if (node === undefined) throw new Error(`no element with id "${id}" on the page`);
        return node;
    }

    has(id) {
        return this.nodesById.has(id);
    }

    /** Types a value into a field and leaves it (ValueChangeMode.ON_CHANGE) or presses a key in it (`input`). */
    setValue(kind, id, value, event = 'change') {
        const node = this.node(id);
        return this.rpc(kind, [
            { type: 'mSync', node, feature: 1, property: 'value', value },
            { type: 'event', node, event, data: event === 'input' ? { 1: 1, for: 'trailing' } : {} },
        ]);
    }

    click(kind, id) {
        return this.rpc(kind, [{ type: 'event', node: this.node(id), event: 'click', data: { 'event.detail': 1, 'event.button': 0 } }]);
    }

    async rpc(kind, invocations) {
        const body = JSON.stringify({ csrfToken: this.csrf, rpc: invocations, syncId: this.syncId, clientId: this.clientId });
        const answer = await this.http(kind, 'POST', `/?v-r=uidl&v-uiId=${this.uiId}`, { body, contentType: 'application/json; charset=UTF-8' });
        if (answer.status !== 200) throw new Error(`${kind}: HTTP ${answer.status}`);
        const text = answer.text.startsWith('for(;;);') ? answer.text.slice(8) : answer.text;
        let message = JSON.parse(text);
        if (Array.isArray(message)) message = message[0];
        if (message.meta?.sessionExpired || message.meta?.appError) {
            throw new Error(`${kind}: ${message.meta.sessionExpired ? 'session expired' : 'application error'}`);
        }
        if (typeof message.clientId === 'number') this.clientId = message.clientId;
        if (typeof message.syncId === 'number') this.syncId = message.syncId;
        const ids = this.absorb(message);
        // The grid connectors' acknowledgements, sent by the browser in one message right after such an answer.
        const confirmations = [...this.confirmations(message)].map(([grid, update]) => {
            const promise = this.promises.get(grid) ?? 0;
            this.promises.set(grid, promise + 1);
            return { type: 'publishedEventHandler', node: grid, templateEventMethodName: 'confirmUpdate',
                templateEventMethodArgs: [update], promise };
        });
        if (confirmations.length > 0) await this.rpc('grid data', confirmations);
        return { message, text, ids };
    }

    /** Remembers the element ids in an answer; returns the ids this answer put on the page. */
    absorb(message) {
        const ids = new Set();
        for (const change of message.changes ?? []) {
            if (change.key === 'id' && change.feat === 3 && change.type === 'put') {
                this.nodesById.set(change.value, change.node);
                ids.add(change.value);
            }
        }
        return ids;
    }

    *confirmations(message) {
        for (const call of message.execute ?? []) {
            const script = call.at(-1);
            if (typeof script === 'string' && script.includes('$connector.confirm(')) yield [call[0]['@v-node'], call[1]];
        }
    }
}
