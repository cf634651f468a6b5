#include "listelements.h"

namespace rd {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

QByteArrayList ListElements::of(const QByteArray &body)
{
    // One pass over the page: strings (with their escapes) copied as they are, brackets and
    // braces counted, white space outside strings dropped. Only the top-level object's "value"
    // array is split; anything else is skipped over.
    const char *p = body.constData();
    const char *const end = p + body.size();
    int depth = 0; // of objects and arrays, the top-level object being 1
    int arrayDepth = -1; // the "value" array's, while inside it
    bool expectKey = false; // at depth 1, the next string is a member's name
    QByteArray key; // the last name at depth 1
    QByteArrayList out;
    QByteArray element;
    bool seenValue = false;
    while (p < end) {
        const char c = *p;
        if (isSpace(c)) {
            ++p;
            continue;
        }
        const bool inElement = arrayDepth > 0 && depth > arrayDepth;
        if (c == '"') {
            const char *start = p++;
            while (p < end && *p != '"')
                p += *p == '\\' ? 2 : 1;
            if (p >= end)
                return {}; // unterminated
            ++p;
            if (inElement)
                element.append(start, p - start);
            else if (depth == 1 && expectKey)
                key = QByteArray(start + 1, p - start - 2);
            expectKey = false;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (depth == 1 && c != '{')
                return {}; // not an object
            if (depth == 2 && c == '[' && key == "value" && arrayDepth < 0 && !seenValue) {
                arrayDepth = depth;
                seenValue = true;
            } else if (arrayDepth > 0 && depth > arrayDepth) {
                element.append(c);
            }
            expectKey = depth == 1;
            ++p;
            continue;
        }
        if (c == '}' || c == ']') {
            if (depth == arrayDepth) {
                if (c != ']')
                    return {};
                if (!element.isEmpty())
                    out.append(std::exchange(element, {}));
                arrayDepth = -1;
            } else if (arrayDepth > 0 && depth > arrayDepth) {
                element.append(c);
            }
            if (--depth < 0)
                return {};
            ++p;
            continue;
        }
        if (c == ',') {
            if (arrayDepth > 0 && depth == arrayDepth) {
                if (element.isEmpty())
                    return {}; // an empty element: not JSON
                out.append(std::exchange(element, {}));
            } else if (inElement) {
                element.append(c);
            }
            expectKey = depth == 1;
            ++p;
            continue;
        }
        if (inElement)
            element.append(c);
        ++p;
    }
    if (depth != 0 || arrayDepth > 0 || !seenValue)
        return {};
    return out;
}

} // namespace rd
