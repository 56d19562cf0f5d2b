// Checks Adaptive Cards with the real adaptivecards renderer (the library Web Chat uses).
//
// Input (stdin): one card as JSON, or a JSON array of cards.
// Output (stdout): {"ok":bool,"cards":[{"index":n,"errors":[{"event","message"}],"warnings":[...]}]}
// Exit code: 0 when no card has an error, 1 when any card has one, 2 when stdin is not JSON.
//
// Each card is parsed with a SerializationContext that targets schema 1.5, then validateProperties()
// is run, then render() into a jsdom document. Parse events and validation failures are errors,
// except the few listed in WARNING_EVENTS. Where the library is lenient, this script adds its own
// checks; each one is marked "Explicit check".
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

// The library renders into the DOM and uses its globals (document, HTMLInputElement, ...), so jsdom's
// window is exposed as the global scope before the library is loaded.
const dom = new JSDOM("<!DOCTYPE html><html><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
globalThis.window = dom.window;
for (const name of Object.getOwnPropertyNames(dom.window)) {
  if (!(name in globalThis)) {
    globalThis[name] = dom.window[name];
  }
}

// lib/ is extensionless ESM that Node cannot load; dist/ is the self-contained UMD bundle of the same code.
const require = createRequire(import.meta.url);
const AC = require("adaptivecards/dist/adaptivecards.js");

const MAX_VERSION = AC.Versions.v1_5;

// Web Chat renders markdown with markdown-it; the checker leaves text as it is, which also keeps the
// library from warning on stderr that no markdown processor is set.
AC.AdaptiveCard.onProcessMarkdown = (_text, result) => {
  result.didProcess = false;
};

// Accessibility advice from the library, not a rendering failure: reported, but does not fail a card.
const WARNING_EVENTS = new Set([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

// Keys that hosts read from the card root although they are not in the Adaptive Card schema.
const ROOT_EXTRA_KEYS = new Set(["$schema", "msteams"]);
// Keys every card object may carry that its property schema does not list.
const COMMON_KEYS = new Set(["type", "fallback", "requires"]);
// Collections that the library parses by hand, so they are not in the property schema either.
const CHILD_KEYS = {
  AdaptiveCard: ["body", "actions"],
  Container: ["items"],
  Column: ["items"],
  ColumnSet: ["columns"],
  ActionSet: ["actions"],
  "Action.ShowCard": ["card"],
  ImageSet: ["images"],
  RichTextBlock: ["inlines"],
  Table: ["columns", "rows"],
};

function eventName(event) {
  return AC.ValidationEvent[event] ?? String(event);
}

// Explicit check: the library registers Action.Execute (schema 1.4) and renders it, but Web Chat
// ignores its clicks, so it is removed from the registry and the library reports it as unknown.
function createActionRegistry() {
  const registry = new AC.CardObjectRegistry();
  AC.GlobalRegistry.populateWithDefaultActions(registry);
  registry.unregister("Action.Execute");
  return registry;
}

// Explicit check: the library accepts any version up to its own latest (1.6), and reads a missing
// version as 1.0; SoKetBot always states its version, and promises 1.5 at most.
function checkVersion(json, report) {
  if (typeof json.version !== "string") {
    report.error("MissingVersion", "The card has no version string.");
    return;
  }
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  if (version && version.isValid && version.compareTo(MAX_VERSION) > 0) {
    report.error("UnsupportedCardVersion", `Card version ${json.version} is above ${MAX_VERSION.toString()}.`);
  }
}

// Explicit check: the library silently drops properties it does not know (a typo such as "wrapp").
function checkKnownKeys(cardObject, source, report, extraKeys = new Set()) {
  if (!source || typeof source !== "object") {
    return;
  }
  const schema = cardObject.getSchema();
  const known = new Set([...extraKeys, ...(CHILD_KEYS[cardObject.getJsonTypeName()] ?? [])]);
  for (let i = 0; i < schema.getCount(); i++) {
    known.add(schema.getItemAt(i).name);
  }
  for (const key of Object.keys(source)) {
    if (!known.has(key) && !COMMON_KEYS.has(key)) {
      report.error("UnknownProperty", `Unknown property "${key}" on ${cardObject.getJsonTypeName()}.`);
    }
  }
}

function checkCard(json, index) {
  const errors = [];
  const warnings = [];
  const report = {
    error: (event, message) => errors.push({ event, message }),
    add: (event, message) => (WARNING_EVENTS.has(event) ? warnings : errors).push({ event: eventName(event), message }),
  };

  if (!json || typeof json !== "object" || Array.isArray(json)) {
    report.error("NotAnObject", "A card must be a JSON object.");
    return { index, errors, warnings };
  }
  checkVersion(json, report);

  const context = new AC.SerializationContext(MAX_VERSION);
  context.setActionRegistry(createActionRegistry());
  context.onParseElement = (element, source) => checkKnownKeys(element, source, report);
  context.onParseAction = (action, source) => checkKnownKeys(action, source, report);

  const card = new AC.AdaptiveCard();
  try {
    card.parse(json, context);
  } catch (e) {
    report.error("ParseException", String(e?.stack ?? e));
    return { index, errors, warnings };
  }
  checkKnownKeys(card, json, report, ROOT_EXTRA_KEYS);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    report.add(event.event, event.message);
  }

  for (const event of card.validateProperties().validationEvents) {
    report.add(event.event, event.message);
  }

  try {
    const rendered = card.render();
    if (!rendered) {
      report.error("RenderFailed", "render() returned nothing.");
    } else {
      document.body.appendChild(rendered);
      rendered.remove();
    }
  } catch (e) {
    report.error("RenderException", String(e?.stack ?? e));
  }

  return { index, errors, warnings };
}

let input;
try {
  input = JSON.parse(readFileSync(0, "utf8"));
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, error: `stdin is not JSON: ${e.message}` }) + "\n");
  process.exit(2);
}

const cards = (Array.isArray(input) ? input : [input]).map(checkCard);
const ok = cards.every((card) => card.errors.length === 0);
process.stdout.write(JSON.stringify({ ok, cards }, null, 2) + "\n");
process.exitCode = ok ? 0 : 1;
