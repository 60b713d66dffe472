// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
//
// The writers of the exchange formats on arbitrary records: a CSV field reads back, through an
// independent RFC 4180 reader, as written (or with the apostrophe that neutralizes a formula), and
// the VERIS and contract JSON of any record is valid JSON that reads back.

#include "exchange/csvwriter.h"
#include "exchange/verismapper.h"
#include "fuzzinput.h"
#include "incident/incidentrecord.h"

#include "../common/csvreading.h"

#include <QBuffer>
#include <QJsonDocument>

using namespace Iwb;

namespace {

void checkCsv(FuzzInput &input)
{
    static const char delimiters[] = { ',', ';', '\t' };
    CsvOptions options;
    options.delimiter = delimiters[input.byte() % 3];
    QList<QStringList> written { QStringList() };
    const QList<QByteArray> records = input.field('\x1d').split('\x1e');
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, options);
        for (const QByteArray &record : records) {
            for (const QByteArray &field : record.split('\x1f')) {
                // What a spreadsheet reads back: the text as UTF-8 holds it (invalid bytes replaced).
                const QString text = QString::fromUtf8(field);
                writer.addText(text);
                written.last().append(text);
            }
            writer.endRecord();
            written.append(QStringList());
        }
        FUZZ_REQUIRE(writer.finish());
    }
    written.removeLast();
    const QList<QStringList> read = parseCsv(buffer.data(), options.delimiter);
    FUZZ_REQUIRE(read.size() == written.size());
    for (qsizetype r = 0; r < read.size(); ++r) {
        FUZZ_REQUIRE(read.at(r).size() == written.at(r).size());
        for (qsizetype f = 0; f < read.at(r).size(); ++f) {
            const QString &original = written.at(r).at(f);
            const QString expected = CsvWriter::needsNeutralizing(original) ? QLatin1Char('\'') + original : original;
            FUZZ_REQUIRE(read.at(r).at(f) == expected);
        }
    }
}

void checkJson(FuzzInput &input)
{
    IncidentRecord record;
    record.organization = input.text();
    record.incidentDate = input.text();
    record.startTime = input.text();
    record.endTime = input.text();
    record.affectedUnit = input.text();
    record.cause = input.text();
    record.externalAttack = input.text();
    record.discoveredBy = input.text();
    record.dataExposed = input.text().split(QLatin1Char(','));
    if (input.byte() & 1) {
        record.affectedCount = qint64(input.byte()) * 1000003;
    }
    if (input.byte() & 1) {
        record.durationMinutes = int(input.byte());
    }
    record.notes = input.text();
    const QJsonObject contract = record.toContractJson();
    const QByteArray json = QJsonDocument(contract).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument reread = QJsonDocument::fromJson(json, &error);
    FUZZ_REQUIRE(error.error == QJsonParseError::NoError);
    FUZZ_REQUIRE(reread.object() == contract);
    FUZZ_REQUIRE(IncidentRecord::fromContractJson(reread.object()).toContractJson() == contract);

    const QJsonObject veris = VerisMapper::toVeris(record, {});
    const QByteArray verisJson = QJsonDocument(veris).toJson(QJsonDocument::Compact);
    FUZZ_REQUIRE(!QJsonDocument::fromJson(verisJson, &error).isNull());
    FUZZ_REQUIRE(error.error == QJsonParseError::NoError);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    checkCsv(input);
    checkJson(input);
    return 0;
}
