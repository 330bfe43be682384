// The system's libxml2 HTML parser, seen beside Foundation.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> includes <unicode/ucnv.h>, and ICU's
// types then clash with the copy of ICU inside Foundation ("'UErrorCode' has different
// definitions in different modules"). The ICU part of libxml2's headers only adds converter
// fields to the encoding-handler struct, which factcheck never touches: include the version
// header first, drop the ICU switch, then the parser. Do not allocate or read
// xmlCharEncodingHandler through this module (its layout here lacks the ICU fields).
#ifndef FACTCHECK_CLIBXML2_SHIM_H
#define FACTCHECK_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

// xmlFree is a global function pointer, which Swift 6 sees as shared mutable state.
static inline void fc_xml_free(void *pointer) { xmlFree(pointer); }

#endif
