// Made the zstd dictionary header in src/core/store/documentdictionary.h, once: kept to show how,
// not to be run again on the way to a release (those bytes must never change; see there).
// The statistics come from simulator documents of seed 1 (bench_firstsync lists seed 4's), as
// QJsonDocument writes them compactly, which is how the service sends them. Prints the header
// as C++ and checks that the dictionary's content is kContent unchanged.
// Build: cmake --build build --target make_document_dictionary; run
// build/bin/make_document_dictionary.

#include "simgenerator.h"
#include "store/documentdictionary.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>
#include <cstring>
#include <vector>
#include <zdict.h>

int main()
{
    using namespace rd::DocumentCodec;
    QTextStream out(stdout);
    rd::sim::Generator generator(1);
    const QDateTime now(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QByteArray samples;
    std::vector<size_t> sizes;
    for (const QJsonObject &doc : generator.make(2000, now)) {
        const QByteArray json = QJsonDocument(doc).toJson(QJsonDocument::Compact);
        samples += json;
        sizes.push_back(size_t(json.size()));
    }
    std::vector<char> dictionary(Dictionary::kContentSize + 4096);
    ZDICT_params_t params {};
    params.compressionLevel = 1; // the level DocumentCodec packs at
    params.dictID = 0x52443230; // "RD20": format 20's; a fixed id, so the output is repeatable
    const size_t size = ZDICT_finalizeDictionary(dictionary.data(), dictionary.size(),
        Dictionary::kContent, Dictionary::kContentSize, samples.constData(), sizes.data(),
        unsigned(sizes.size()), params);
    if (ZDICT_isError(size)) {
        out << "ZDICT_finalizeDictionary: " << ZDICT_getErrorName(size) << Qt::endl;
        return 1;
    }
    const size_t header = size - Dictionary::kContentSize;
    if (size <= Dictionary::kContentSize
        || std::memcmp(dictionary.data() + header, Dictionary::kContent, Dictionary::kContentSize)
            != 0) {
        out << "the dictionary's content is not kContent" << Qt::endl;
        return 1;
    }
    for (size_t i = 0; i < header; ++i) {
        out << (i % 12 == 0 ? "    " : " ") << "0x"
            << QString::number(uchar(dictionary[i]), 16).rightJustified(2, QLatin1Char('0')) << ",";
        if (i % 12 == 11 || i + 1 == header)
            out << "\n";
    }
    out.flush();
    return 0;
}
