'use strict';
// A Storage for botbuilder that keeps each key in a JSON file of its own, written to a temporary file, flushed to the
// disk (fsync) and renamed into place, so that a turn's state is on disk when the turn answers (SoKetBot's default,
// Storage:Durability=flush, flushes each turn's commit the same way). botbuilder ships only MemoryStorage and cloud
// storages; this is the small file storage an SDK bot on one machine would write. Last write wins (no eTag check):
// turns of one conversation never run at once here, as in SoKetBot.
const fs = require('fs/promises');
const path = require('path');

class FileStorage {
    constructor(folder) {
        this.folder = folder;
        this.ready = fs.mkdir(folder, { recursive: true });
    }

    fileOf(key) {
        return path.join(this.folder, encodeURIComponent(key) + '.json');
    }

    async read(keys) {
        await this.ready;
        const items = {};
        await Promise.all(keys.map(async (key) => {
            try {
                items[key] = JSON.parse(await fs.readFile(this.fileOf(key), 'utf8'));
            } catch (error) {
                if (error.code !== 'ENOENT') {
                    throw error;
                }
            }
        }));
        return items;
    }

    async write(changes) {
        await this.ready;
        await Promise.all(Object.entries(changes).map(async ([key, value]) => {
            const file = this.fileOf(key);
            const temporary = file + '.tmp';
            const handle = await fs.open(temporary, 'w');
            try {
                await handle.writeFile(JSON.stringify({ ...value, eTag: String(Date.now()) }), 'utf8');
                await handle.sync();
            } finally {
                await handle.close();
            }
            await fs.rename(temporary, file);
        }));
    }

    async delete(keys) {
        await this.ready;
        await Promise.all(keys.map((key) => fs.rm(this.fileOf(key), { force: true })));
    }
}

module.exports = { FileStorage };
