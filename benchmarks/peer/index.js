'use strict';
// The Bot Framework SDK peer of SoKetBot's load benchmark (benchmarks/SoKetBot.Load): the review of Plan 248 on
// botbuilder 4.23 with CloudAdapter, served on a free loopback port at /api/messages, authentication off as for the
// Emulator (no app id: loopback callers without a token).
//   node index.js --plan <plan.json> --officials <officials.csv> --storage memory|<folder>
const fs = require('fs');
const http = require('http');
const {
    CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, UserState, MemoryStorage, ActivityTypes,
} = require('botbuilder');
const { DialogSet, DialogTurnStatus } = require('botbuilder-dialogs');
const { FileStorage } = require('./fileStorage');
const { ReviewDialog, Officials } = require('./review');

function argument(name, fallback) {
    const i = process.argv.indexOf(name);
    return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

function readOfficials(file) {
    const [head, ...lines] = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n').filter((line) => line.trim());
    const columns = head.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}

const plan = JSON.parse(fs.readFileSync(argument('--plan'), 'utf8'));
const officials = new Officials(readOfficials(argument('--officials')));
const where = argument('--storage', 'memory');
const storage = where === 'memory' ? new MemoryStorage() : new FileStorage(where);
const conversationState = new ConversationState(storage);
const userState = new UserState(storage);
const dialogs = new DialogSet(conversationState.createProperty('dialogState'));
dialogs.add(new ReviewDialog(plan, officials));

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
    console.error(`Turn failed in ${context.activity.conversation?.id}: ${error.stack || error}`);
    await context.sendActivity('Xin lỗi, đã có lỗi xảy ra.');
};

async function onTurn(context) {
    const activity = context.activity;
    const opens = activity.type === ActivityTypes.ConversationUpdate
        && (activity.membersAdded || []).some((member) => member.id !== activity.recipient.id);
    if (activity.type === ActivityTypes.Message || opens) {
        const dialog = await dialogs.createContext(context);
        const result = await dialog.continueDialog();
        if (result.status === DialogTurnStatus.empty) {
            await dialog.beginDialog('review');
        }
    }
    await conversationState.saveChanges(context);
    await userState.saveChanges(context);
}

// Node's http with the few methods CloudAdapter.process uses (Restify's and Express's shape).
function response(res) {
    return {
        statusCode: 200,
        body: undefined,
        status(code) { this.statusCode = code; return this; },
        header(name, value) { res.setHeader(name, value); return this; },
        send(body) { this.body = body; return this; },
        end() {
            const payload = this.body === undefined ? '' : (typeof this.body === 'string' ? this.body : JSON.stringify(this.body));
            res.writeHead(this.statusCode, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(payload) });
            res.end(payload);
        },
    };
}

const server = http.createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/api/messages') {
        res.writeHead(404).end();
        return;
    }
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
        try {
            req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        } catch {
            res.writeHead(400).end();
            return;
        }
        adapter.process(req, response(res), onTurn).catch((error) => {
            console.error(error);
            if (!res.headersSent) {
                res.writeHead(500).end();
            }
        });
    });
});
server.keepAliveTimeout = 120000;
server.listen(0, '127.0.0.1', () => console.log(`Now listening on: http://127.0.0.1:${server.address().port}`));
