// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// Times chrono-node's German date parser (chrono.de.parse) on lines of "label;text", each line
// one article, and prints the result in the form of `incident-cli bench`:
//   "<MB> MB, <n> articles, <dates> dates in <s> s: <MB/s> MB/s"
// Usage: node time-chrono-de.js CORPUS.csv   (chrono-node resolved through NODE_PATH)
'use strict';
const fs = require('fs');
const chrono = require('chrono-node');

const articles = fs.readFileSync(process.argv[2], 'utf8')
    .split('\n')
    .filter((line) => line.includes(';'))
    .map((line) => line.slice(line.indexOf(';') + 1));
const megabytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0) / 1e6;
const reference = new Date(2020, 0, 1); // relative dates need a day; which one does not change the cost

// The first articles once before the clock starts: V8 compiles the hot paths on first use.
for (const text of articles.slice(0, 100)) {
    chrono.de.parse(text, reference);
}
let dates = 0;
const start = process.hrtime.bigint();
for (const text of articles) {
    dates += chrono.de.parse(text, reference).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${megabytes.toFixed(2)} MB, ${articles.length} articles, ${dates} dates in ${seconds.toFixed(3)} s: `
    + `${(megabytes / seconds).toFixed(1)} MB/s`);
