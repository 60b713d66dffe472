// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#include "casiecorpus.h"

#include "document/textoffsets.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Iwb {

namespace {

    std::optional<FactType> typeOf(const QJsonObject &argument)
    {
        const QString role = argument.value(QLatin1String("role")).toObject().value(QLatin1String("type")).toString();
        if (role == QLatin1String("Number-of-Victim")) {
            return FactType::Count;
        }
        if (role == QLatin1String("Compromised-Data")) {
            return FactType::DataCategory;
        }
        if (role == QLatin1String("Time")) {
            return FactType::Date;
        }
        if (role == QLatin1String("Victim") && argument.value(QLatin1String("type")).toString() == u"Organization") {
            return FactType::Organization;
        }
        return std::nullopt;
    }

    std::optional<QByteArray> readFile(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: cannot be read (%2)").arg(path, file.errorString());
            return std::nullopt;
        }
        return file.readAll();
    }

} // namespace

QList<FactType> CasieCorpus::types()
{
    return { FactType::Count, FactType::DataCategory, FactType::Date, FactType::Time, FactType::Organization };
}

std::optional<QList<GoldArticle>> CasieCorpus::read(const QString &folder, QString *error)
{
    const QDir dir(folder);
    if (!dir.exists()) {
        *error = QStringLiteral("%1: no such folder").arg(folder);
        return std::nullopt;
    }
    QList<GoldArticle> articles;
    for (const QString &name : dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name)) {
        const QString id = name.chopped(5);
        const QString textPath = dir.filePath(id + QStringLiteral(".txt"));
        if (!QFile::exists(textPath)) {
            continue;
        }
        const auto text = readFile(textPath, error);
        const auto annotation = text ? readFile(dir.filePath(name), error) : std::nullopt;
        if (!annotation) {
            return std::nullopt;
        }
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(*annotation, &parseError);
        if (!json.isObject()) {
            *error = QStringLiteral("%1: not a JSON object (%2)").arg(dir.filePath(name), parseError.errorString());
            return std::nullopt;
        }
        GoldArticle article;
        article.id = id;
        article.document.setText(QString::fromUtf8(*text));
        article.document.setLanguage(QStringLiteral("en"));
        article.document.setSource(textPath);
        const TextOffsets offsets(article.document.text());
        QSet<QString> seen; // type:start:end
        const QJsonArray hoppers
            = json.object().value(QLatin1String("cyberevent")).toObject().value(QLatin1String("hopper")).toArray();
        for (const QJsonValue hopper : hoppers) {
            for (const QJsonValue event : hopper.toObject().value(QLatin1String("events")).toArray()) {
                if (event.toObject().value(QLatin1String("subtype")).toString() != u"Databreach") {
                    continue;
                }
                for (const QJsonValue value : event.toObject().value(QLatin1String("argument")).toArray()) {
                    const QJsonObject argument = value.toObject();
                    const auto type = typeOf(argument);
                    const qsizetype start = argument.value(QLatin1String("startOffset")).toInteger(-1);
                    const qsizetype end = argument.value(QLatin1String("endOffset")).toInteger(-1);
                    if (!type || start < 0 || end < start || end > offsets.codePointLength()) {
                        continue;
                    }
                    const QString key = QStringLiteral("%1:%2:%3").arg(static_cast<int>(*type)).arg(start).arg(end);
                    if (seen.contains(key)) {
                        continue;
                    }
                    seen.insert(key);
                    Fact fact;
                    fact.type = *type;
                    fact.start = offsets.toUtf16(start);
                    fact.end = offsets.toUtf16(end);
                    fact.text = article.document.text().sliced(fact.start, fact.end - fact.start);
                    fact.origin = QStringLiteral("gold");
                    article.gold.append(fact);
                }
            }
        }
        articles.append(article);
    }
    if (articles.isEmpty()) {
        *error = QStringLiteral("%1: no <id>.txt with <id>.json").arg(folder);
        return std::nullopt;
    }
    return articles;
}

} // namespace Iwb
