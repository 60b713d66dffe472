// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Incident Workbench contributors
#pragma once

// What the normalizer tests share: where the rule packs are, a copy of a pack
// to break one file in, values as compact JSON text, and loading each
// normalizer once per language.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <cstdlib>
#include <optional>

namespace NormalizerTesting {

inline QString rulesDir(const QString &language)
{
    return QStringLiteral(IWB_SOURCE_DIR "/resources/rules/") + language;
}

/// Copies a rule folder's normalizer files so that one of them can be broken.
inline bool copyRules(const QString &language, const QString &target)
{
    const QDir source(rulesDir(language));
    for (const QString &name : source.entryList({ QStringLiteral("norm-*.tsv") }, QDir::Files)) {
        if (!QFile::copy(source.filePath(name), QDir(target).filePath(name))) {
            return false;
        }
    }
    return true;
}

/// A value as rows spell it: strings bare ("2019-12-09"), numbers as JSON writes them
/// ("31", "0.5"), objects compact ({"from":"16:08","to":"16:40"}).
inline QString json(const QJsonValue &value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

inline QString range(const char *from, const char *to)
{
    return QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}").arg(QLatin1String(from), QLatin1String(to));
}

/// Loads a normalizer for "de" or "en" on first use; a test calls it like a function.
template<typename Normalizer> class Cache
{
public:
    const Normalizer &operator()(const QString &language)
    {
        std::optional<Normalizer> &slot = language == QLatin1String("de") ? m_de : m_en;
        if (!slot) {
            QString error;
            slot = Normalizer::load(rulesDir(language), &error);
            if (!slot) {
                qFatal("%s", qPrintable(error));
            }
        }
        return *slot;
    }

private:
    std::optional<Normalizer> m_de;
    std::optional<Normalizer> m_en;
};

} // namespace NormalizerTesting
