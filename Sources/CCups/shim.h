#ifndef TALON_CCUPS_SHIM_H
#define TALON_CCUPS_SHIM_H

#include <cups/cups.h>
#include <cups/ipp.h>
#include <cups/http.h>
#include <stdlib.h>
#include <string.h>

// Inline helpers for what is awkward to spell in Swift: a C array of strings, a NULL-safe getter.

/// Adds `requested-attributes` from a NUL-separated list ("a\0b\0c\0\0").
static inline void talon_ipp_add_requested(ipp_t *request, const char *list) {
    const char *values[32];
    int count = 0;
    for (const char *p = list; *p && count < 32; p += strlen(p) + 1) values[count++] = p;
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  count, NULL, values);
}

/// The text of an attribute's element, or NULL.
static inline const char *talon_ipp_string(ipp_attribute_t *attr, int element) {
    return attr ? ippGetString(attr, element, NULL) : NULL;
}

#endif
