'use strict';
// The guided review of Plan 248 on botbuilder-dialogs: linking (account, access code), one WaterfallDialog per section of
// the plan file, a prompt per question with a validator, the records question, the summary card and its submit button.
// It says what SoKetBot says at each step where the load generator looks (Texts.cs in benchmarks/SoKetBot.Load).
const crypto = require('crypto');
const { CardFactory, MessageFactory } = require('botbuilder');
const {
    ComponentDialog, WaterfallDialog, TextPrompt, NumberPrompt, ConfirmPrompt, ChoicePrompt, ListStyle,
} = require('botbuilder-dialogs');

const LEVEL = 'commune';
const ITERATIONS = 100000; // as SoKetBot's AccessCodeHasher: PBKDF2-SHA256, 100,000 iterations, 32 bytes

// Vietnamese typed without diacritics matches the same: "bat dau" is "bắt đầu".
const fold = (text) => (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').trim().toLowerCase();

function pbkdf2(code, salt) {
    return new Promise((resolve, reject) => crypto.pbkdf2(code.trim().normalize(), salt, ITERATIONS, 32, 'sha256', (error, key) => (error ? reject(error) : resolve(key))));
}

// The officials' access codes, each kept as a PBKDF2 hash (hashed once per distinct code when first needed).
class Officials {
    constructor(rows) {
        this.codes = new Map(rows.map((row) => [row.account, row.access_code]));
        this.salt = crypto.randomBytes(16);
        this.hashes = new Map();
    }

    has(account) { return this.codes.has(account); }

    async verify(account, typed) {
        const code = this.codes.get(account);
        if (code === undefined) {
            return false;
        }
        if (!this.hashes.has(code)) {
            this.hashes.set(code, pbkdf2(code, this.salt));
        }
        const [expected, given] = await Promise.all([this.hashes.get(code), pbkdf2(typed, this.salt)]);
        return crypto.timingSafeEqual(expected, given);
    }
}

function sectionsFor(plan) {
    return plan.sections
        .filter((section) => section.levels.includes(LEVEL))
        .map((section) => ({ ...section, questions: section.questions.filter((q) => !q.levels || q.levels.includes(LEVEL)) }))
        .filter((section) => section.questions.length > 0);
}

const header = (s, n, sections, count) => `**Câu ${s}.${n}** (phần ${s}/${sections}, câu ${n}/${count})`;

function parseVietnameseNumber(text) {
    const digits = (text || '').trim().replace(/\./g, '');
    return /^\d{1,15}$/.test(digits) ? Number(digits) : undefined;
}

function parseDate(text) {
    const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec((text || '').trim());
    if (!match) {
        return undefined;
    }
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCDate() === day && date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : undefined;
}

// The validators: each question's own rules, as SoKetBot's AnswerReader checks them.
function validatorFor(question) {
    switch (question.type) {
        case 'number':
            return async (prompt) => {
                if (!prompt.recognized.succeeded) {
                    return false;
                }
                const value = parseVietnameseNumber(prompt.context.activity.text);
                return value !== undefined && value >= (question.min ?? 0) && value <= (question.max ?? Number.MAX_SAFE_INTEGER);
            };
        case 'yesNo':
            // What SoKetBot reads as yes or no; the recognizers' own English words ("yes", "ok", …) are not Vietnamese.
            return async (prompt) => prompt.recognized.succeeded && ['co', 'c', 'khong', 'k', 'dung', 'sai'].includes(fold(prompt.context.activity.text));
        case 'multiChoice':
            return async (prompt) => {
                const picked = (prompt.recognized.value || '').split(/[,;\s]+/).filter(Boolean).map(Number);
                return picked.length > 0 && picked.every((n) => Number.isInteger(n) && n >= 1 && n <= question.choices.length)
                    && picked.length <= (question.maxChoices ?? question.choices.length);
            };
        case 'date':
            return async (prompt) => {
                const date = parseDate(prompt.recognized.value);
                return date !== undefined && (!question.min || date >= question.min) && (!question.max || date <= question.max);
            };
        case 'shortText':
        case 'longText': {
            const max = question.maxLength ?? (question.type === 'longText' ? 4000 : 200);
            return async (prompt) => {
                const text = (prompt.recognized.value || '').trim();
                return prompt.recognized.succeeded && text.length >= (question.minLength ?? 1) && text.length <= max;
            };
        }
        default:
            return async (prompt) => prompt.recognized.succeeded;
    }
}

function promptFor(question) {
    switch (question.type) {
        case 'number': return NumberPrompt;
        case 'yesNo': return ConfirmPrompt;
        case 'choice': return ChoicePrompt;
        default: return TextPrompt;
    }
}

const YES_NO = [{ value: 'Có', synonyms: ['co', 'có', 'c'] }, { value: 'Không', synonyms: ['khong', 'không', 'k'] }];

class ReviewDialog extends ComponentDialog {
    constructor(plan, officials) {
        super('review');
        this.officials = officials;
        this.sections = sectionsFor(plan);
        this.addDialog(new TextPrompt('account', async (prompt) => prompt.recognized.succeeded && officials.has(prompt.recognized.value.trim().toLowerCase())));
        this.addDialog(new TextPrompt('code', async (prompt) => prompt.recognized.succeeded
            && officials.verify(prompt.options.validations.account, prompt.recognized.value)));
        this.addDialog(new TextPrompt('start', async (prompt) => fold(prompt.recognized.value) === 'bat dau'));
        this.addDialog(new TextPrompt('submit', async (prompt) => prompt.context.activity.value?.action === 'submit'
            || fold(prompt.recognized.value) === 'nop bao cao'));
        this.addDialog(new TextPrompt('more', async (prompt) => ['them', 'xong'].includes(fold(prompt.recognized.value))));
        this.sections.forEach((section, s) => {
            section.questions.forEach((question, q) => (question.type === 'records'
                ? this.recordsDialog(section, question, header(s + 1, q + 1, this.sections.length, section.questions.length))
                : this.addQuestion(question, `${section.id}/${question.id}`)));
            this.addDialog(new WaterfallDialog(section.id, this.sectionSteps(section, s + 1)));
        });
        this.addDialog(new WaterfallDialog('main', [
            (step) => step.prompt('account', {
                prompt: 'Anh/chị vui lòng nhập **tên tài khoản** được cấp.',
                retryPrompt: 'Tài khoản hoặc mã truy cập không đúng. Vui lòng nhập lại **tên tài khoản**.',
            }),
            (step) => {
                step.values.account = step.result.trim().toLowerCase();
                return step.prompt('code', {
                    prompt: `Vui lòng nhập **mã truy cập** của tài khoản **${step.values.account}**.`,
                    retryPrompt: 'Mã truy cập không đúng. Vui lòng nhập lại.',
                    validations: { account: step.values.account },
                });
            },
            async (step) => {
                await step.context.sendActivity(`Đã liên kết tài khoản **${step.values.account}**.`);
                return step.prompt('start', { prompt: 'Gõ **bắt đầu** để làm báo cáo.', retryPrompt: 'Gõ **bắt đầu** để làm báo cáo.' });
            },
            ...this.sections.map((section) => async (step) => {
                if (step.result && typeof step.result === 'object' && step.result.section) {
                    step.values[step.result.section] = step.result.answers;
                }
                return step.beginDialog(section.id);
            }),
            async (step) => {
                step.values[step.result.section] = step.result.answers;
                const card = CardFactory.adaptiveCard({
                    type: 'AdaptiveCard',
                    version: '1.5',
                    body: [{ type: 'TextBlock', text: 'Tổng hợp báo cáo sơ kết', weight: 'Bolder', wrap: true },
                        ...this.sections.map((section, s) => ({ type: 'TextBlock', text: `Phần ${s + 1}. ${section.title} (${Object.keys(step.values[section.id] || {}).length}/${section.questions.length})`, wrap: true }))],
                    actions: [{ type: 'Action.Submit', title: 'Nộp báo cáo', data: { action: 'submit' } }, { type: 'Action.Submit', title: 'Sửa', data: { action: 'edit' } }],
                });
                return step.prompt('submit', {
                    prompt: MessageFactory.attachment(card, 'Anh/chị đã đi hết các câu hỏi. Vui lòng xem lại và bấm **Nộp báo cáo**.'),
                    retryPrompt: 'Bấm **Nộp báo cáo** trên thẻ tổng hợp.',
                });
            },
            async (step) => {
                const at = new Date().toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
                await step.context.sendActivity(`Đã nộp báo cáo (phiên bản 1) lúc ${at}. Báo cáo đang chờ cấp trên duyệt.`);
                return step.endDialog();
            },
        ]));
        this.initialDialogId = 'main';
    }

    addQuestion(question, id) {
        const Prompt = promptFor(question);
        const validator = validatorFor(question);
        const prompt = Prompt === NumberPrompt ? new Prompt(id, validator, 'es-es') : new Prompt(id, validator);
        if (Prompt === ConfirmPrompt) {
            prompt.confirmChoices = YES_NO;
            prompt.style = ListStyle.none;
        }
        if (Prompt === ChoicePrompt) {
            prompt.style = ListStyle.none;
        }
        this.addDialog(prompt);
    }

    options(question, title) {
        const text = question.type === 'choice' || question.type === 'multiChoice'
            ? `${title}\n\n${question.prompt}\n${question.choices.map((choice, i) => `${i + 1}. ${choice}`).join('\n')}`
            : `${title}\n\n${question.prompt}`;
        return {
            prompt: text,
            retryPrompt: `Câu trả lời chưa hợp lệ, vui lòng trả lời lại.\n\n${text}`,
            choices: question.choices,
        };
    }

    // One step per question: keep the previous step's answer, ask this one. The records question runs its own loop.
    sectionSteps(section, s) {
        const count = section.questions.length;
        const keep = (step) => {
            if (step.values.asked) {
                step.values.answers = { ...(step.values.answers || {}), [step.values.asked]: step.result?.value ?? step.result };
            }
        };
        const steps = section.questions.map((question, q) => async (step) => {
            keep(step);
            step.values.asked = question.id;
            const title = header(s, q + 1, this.sections.length, count);
            if (question.type === 'records') {
                return step.beginDialog(this.recordsDialog(section, question, title));
            }
            return step.prompt(`${section.id}/${question.id}`, this.options(question, title));
        });
        steps.push(async (step) => {
            keep(step);
            return step.endDialog({ section: section.id, answers: step.values.answers || {} });
        });
        return steps;
    }

    // "thêm" enters one record field by field, "xong" ends the question.
    recordsDialog(section, question, title) {
        const id = `${section.id}/${question.id}/records`;
        if (this.findDialog(id)) {
            return id;
        }

        question.fields.forEach((field) => this.addQuestion(field, `${id}/${field.id}`));
        this.addDialog(new WaterfallDialog(id, [
            (step) => {
                step.values.records = step.options?.records || [];
                const ask = step.values.records.length === 0
                    ? `${title}\n\n${question.prompt}\n\nGõ **thêm** để nhập ${question.itemName}, hoặc **xong** để sang câu tiếp theo.`
                    : `Đã có ${step.values.records.length} ${question.itemName}. Gõ **thêm** để nhập ${question.itemName} khác, hoặc **xong** để sang câu tiếp theo.`;
                return step.prompt('more', { prompt: ask, retryPrompt: ask });
            },
            ...question.fields.map((field, f) => (step) => {
                if (f === 0 && fold(step.result) === 'xong') {
                    return step.endDialog(step.values.records);
                }
                if (f > 0) {
                    step.values.draft[question.fields[f - 1].id] = step.result?.value ?? step.result;
                } else {
                    step.values.draft = {};
                }
                return step.prompt(`${id}/${field.id}`, this.options(field, `(${f + 1}/${question.fields.length}) ${field.prompt}`));
            }),
            async (step) => {
                step.values.draft[question.fields[question.fields.length - 1].id] = step.result?.value ?? step.result;
                const records = [...step.values.records, step.values.draft];
                await step.context.sendActivity(`Đã lưu ${question.itemName} thứ ${records.length}.`);
                return step.replaceDialog(id, { records });
            },
        ]));
        return id;
    }
}

module.exports = { ReviewDialog, Officials };
